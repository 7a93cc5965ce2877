using System.Diagnostics;
using System.Text;
using IskpNlp.Output;

namespace IskpNlp.Tests.Cli;

/// <summary>
/// kill -9 at random points of a run, then --resume, until the run ends: the output must be the
/// uninterrupted run's, byte for byte (run.json apart from its times).
/// </summary>
[TestClass]
public sealed class RunCommandKillTests
{
    private const int Documents = 300;
    private const int Kills = 10;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private TimeSpan _startup;
    private TimeSpan _processing;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Run_KilledAtRandomPointsAndResumed_SameOutputAsUninterruptedRun()
    {
        using var folder = new TempFolder();
        string config = TestPipeline.Write(folder, "output:\n  checkpoint_every: 7\n  checkpoint_seconds: 0.05\nparallelism: 2\n");
        string input = Path.Combine(folder.Path, "corpus");
        WriteCorpus(input);

        // The uninterrupted run, timed: start-up until the first documents are written, then processing.
        string whole = Path.Combine(folder.Path, "whole");
        var clock = Stopwatch.StartNew();
        var wholeOutput = new StringBuilder();
        using (var process = CliProcess.Start(wholeOutput, "run", input, "-o", whole, "-c", config))
        {
            WaitForProgress(process, whole, 0);
            var startup = clock.Elapsed;
            Assert.IsTrue(process.WaitForExit(RunTimeout), "the uninterrupted run did not end");
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, wholeOutput.ToString());
            _startup = startup;
            _processing = clock.Elapsed - startup;
        }

        string resumed = Path.Combine(folder.Path, "resumed");
        var random = new Random(20251127);
        int kills = 0, midRun = 0, attempts = 0, completed = 0;
        var killedAt = new List<int>();
        while (true)
        {
            Assert.IsLessThan(60, ++attempts, "too many attempts");
            int before = WrittenDocuments(resumed);
            var output = new StringBuilder();
            using var process = CliProcess.Start(output, "run", input, "-o", resumed, "-c", config, "--resume");
            if (kills < Kills)
            {
                if (random.Next(4) == 0)
                {
                    // During start-up: configuration read, pipeline built, files opened.
                    Thread.Sleep(_startup * random.NextDouble());
                }
                else
                {
                    // While documents are written, or the files finished: anywhere in what is left of the run.
                    WaitForProgress(process, resumed, before);
                    Thread.Sleep(_processing * random.NextDouble() * (Documents - before) / Documents);
                }
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    kills++;
                    int written = WrittenDocuments(resumed);
                    killedAt.Add(written);
                    if (written > before && written < Documents)
                    {
                        midRun++;
                    }
                    continue;
                }
            }
            Assert.IsTrue(process.WaitForExit(RunTimeout), "the resumed run did not end");
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode, output.ToString());
            if (kills >= Kills)
            {
                break;
            }
            // The run ended before its kill: check it, then start over in a fresh folder so that every kill hits a run.
            OutputFolders.AssertSame(whole, resumed);
            completed++;
            Directory.Delete(resumed, recursive: true);
        }
        TestContext.WriteLine($"uninterrupted run: start-up {_startup.TotalSeconds:F2} s, processing {_processing.TotalSeconds:F2} s; " +
            $"{kills} kills with {string.Join(", ", killedAt)} documents checkpointed, {midRun} of them after progress in that run; {attempts} starts, {completed + 1} runs completed, each with identical outputs");
        Assert.IsGreaterThanOrEqualTo(3, midRun, "too few kills landed in the middle of a run to show anything");
        OutputFolders.AssertSame(whole, resumed);
    }

    private static int WrittenDocuments(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? Checkpoint.Read(folder)?.Documents ?? 0 : 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return 0;
        }
    }

    // Until the run has checkpointed more than `before` documents (or ended).
    private static void WaitForProgress(Process process, string folder, int before)
    {
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && WrittenDocuments(folder) <= before && clock.Elapsed < RunTimeout)
        {
            Thread.Sleep(2);
        }
    }

    // Plain text and HTML pages of a few kilobytes each, so that a run lasts long enough to be hit.
    private static void WriteCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        for (int i = 0; i < Documents; i++)
        {
            string text = string.Concat(Enumerable.Range(i, 20).Select(TestPipeline.Article));
            if (i % 4 == 0)
            {
                string paragraphs = string.Concat(text.Split('\n').Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>"));
                File.WriteAllText(Path.Combine(folder, $"page-{i:D3}.html"), $"<html><head><title>Page {i}</title></head><body><article>{paragraphs}</article></body></html>");
            }
            else
            {
                File.WriteAllText(Path.Combine(folder, $"doc-{i:D3}.txt"), text);
            }
        }
    }
}
