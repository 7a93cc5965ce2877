using System.Text.Json;
using IskpNlp.Output;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Pipeline;

[TestClass]
public sealed class CorpusRunTests
{
    private const int Documents = 60;

    [TestMethod]
    public void Execute_Fresh_WritesEveryDocumentAndRemovesCheckpoint()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string output = Path.Combine(folder.Path, "out");
        var summary = CorpusRun.Execute(config, input, output, default);
        Assert.AreEqual(Documents, summary.Documents);
        Assert.AreEqual(0, summary.Resumed);
        Assert.HasCount(Documents + 1, File.ReadAllLines(Path.Combine(output, OutputWriter.DocumentsFile)));
        Assert.IsFalse(File.Exists(Checkpoint.PathIn(output)));
    }

    [TestMethod]
    [DataRow(1, 7)]
    [DataRow(3, 33)]
    [DataRow(1000, 59)]
    public void Execute_CancelledThenResumed_SameOutputAsUninterruptedRun(int checkpointEvery, int cancelAfter)
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder, $"output:\n  checkpoint_every: {checkpointEvery}\n  checkpoint_seconds: 3600\n");
        string whole = Path.Combine(folder.Path, "whole");
        CorpusRun.Execute(config, input, whole, default);

        string resumed = Path.Combine(folder.Path, "resumed");
        using var cancel = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() =>
            CorpusRun.Execute(config, input, resumed, cancel.Token, done =>
            {
                if (done == cancelAfter)
                {
                    cancel.Cancel();
                }
            }));
        var checkpoint = Checkpoint.Read(resumed);
        Assert.IsNotNull(checkpoint);
        Assert.IsGreaterThanOrEqualTo(cancelAfter, checkpoint.Documents);
        var summary = CorpusRun.Execute(config, input, resumed, default, resume: true);
        Assert.AreEqual(checkpoint.Documents, summary.Resumed);
        Assert.AreEqual(Documents, summary.Documents);
        OutputFolders.AssertSame(whole, resumed);
    }

    [TestMethod]
    public void Execute_TornRowsAfterCheckpoint_RedoneOnResume()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder, "output:\n  checkpoint_every: 10\n  checkpoint_seconds: 3600\n");
        string whole = Path.Combine(folder.Path, "whole");
        CorpusRun.Execute(config, input, whole, default);
        string resumed = Path.Combine(folder.Path, "resumed");
        using var cancel = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() =>
            CorpusRun.Execute(config, input, resumed, cancel.Token, done =>
            {
                if (done == 25)
                {
                    cancel.Cancel();
                }
            }));
        // As if the process died in the middle of a document after the last checkpoint.
        foreach (string name in OutputWriter.Files)
        {
            File.AppendAllText(OutputWriter.PartialPath(resumed, name), "\"torn row, no end");
        }
        Assert.IsGreaterThan(Checkpoint.Read(resumed)!.FileLengths[OutputWriter.DocumentsFile], new FileInfo(OutputWriter.PartialPath(resumed, OutputWriter.DocumentsFile)).Length);
        CorpusRun.Execute(config, input, resumed, default, resume: true);
        OutputFolders.AssertSame(whole, resumed);
    }

    [TestMethod]
    public void Execute_CrashWhileRenamingFinishedFiles_ResumeFinishes()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string whole = Path.Combine(folder.Path, "whole");
        CorpusRun.Execute(config, input, whole, default);
        string resumed = Path.Combine(folder.Path, "resumed");
        CorpusRun.Execute(config, input, resumed, default);
        // Reconstruct the state of a crash after mentions.csv was renamed: its checkpoint counts every document.
        long Length(string name) => new FileInfo(Path.Combine(resumed, name)).Length;
        var checkpoint = new Checkpoint
        {
            ConfigSha256 = RunReport.ConfigurationSha256(config, PipelineBuilder.Build(config)),
            Input = input,
            InputFingerprint = IskpNlp.Input.InputFingerprint.Of(input),
            Documents = Documents,
            Ok = Documents,
            Failed = 0,
            Tokens = TotalTokens(whole),
            FileLengths = OutputWriter.Files.ToDictionary(name => name, Length),
        };
        checkpoint.Write(resumed);
        File.Move(Path.Combine(resumed, OutputWriter.DocumentsFile), OutputWriter.PartialPath(resumed, OutputWriter.DocumentsFile));
        File.Move(Path.Combine(resumed, OutputWriter.SentencesFile), OutputWriter.PartialPath(resumed, OutputWriter.SentencesFile));
        File.Delete(Path.Combine(resumed, RunReport.FileName));
        var summary = CorpusRun.Execute(config, input, resumed, default, resume: true);
        Assert.AreEqual(Documents, summary.Resumed);
        OutputFolders.AssertSame(whole, resumed);
    }

    [TestMethod]
    public void Execute_UnfinishedFolderWithoutResume_RefusesNamingResume()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string output = Path.Combine(folder.Path, "out");
        Interrupt(config, input, output, 5);
        var ex = Assert.ThrowsExactly<OutputFolderException>(() => CorpusRun.Execute(config, input, output, default));
        StringAssert.Contains(ex.Message, "unfinished run");
        StringAssert.Contains(ex.Message, "--resume");
    }

    [TestMethod]
    public void Execute_ResumeWithOtherConfiguration_RefusesNamingConfiguration()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string output = Path.Combine(folder.Path, "out");
        Interrupt(config, input, output, 5);
        var other = PipelineConfigReader.Load(config.File, new Dictionary<string, string> { ["stages.sentences.join_wrapped_lines"] = "false" });
        var ex = Assert.ThrowsExactly<OutputFolderException>(() => CorpusRun.Execute(other, input, output, default, resume: true));
        StringAssert.Contains(ex.Message, "configuration");
    }

    [TestMethod]
    public void Execute_ResumeAfterInputChanged_RefusesNamingInput()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string output = Path.Combine(folder.Path, "out");
        Interrupt(config, input, output, 5);
        File.AppendAllText(input, "{\"id\": \"new\", \"text\": \"New.\"}\n");
        var ex = Assert.ThrowsExactly<OutputFolderException>(() => CorpusRun.Execute(config, input, output, default, resume: true));
        StringAssert.Contains(ex.Message, "changed since the interrupted run");
    }

    [TestMethod]
    public void Execute_ResumeWithoutCheckpoint_StartsFromFirstDocument()
    {
        using var folder = new TempFolder();
        var (config, input) = CreateSut(folder);
        string whole = Path.Combine(folder.Path, "whole");
        CorpusRun.Execute(config, input, whole, default);
        string output = Path.Combine(folder.Path, "out");
        var summary = CorpusRun.Execute(config, input, output, default, resume: true);
        Assert.AreEqual(0, summary.Resumed);
        OutputFolders.AssertSame(whole, output);
    }

    private static void Interrupt(PipelineConfig config, string input, string output, int after)
    {
        using var cancel = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() =>
            CorpusRun.Execute(config, input, output, cancel.Token, done =>
            {
                if (done == after)
                {
                    cancel.Cancel();
                }
            }));
    }

    private static long TotalTokens(string wholeFolder) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(wholeFolder, RunReport.FileName)))!["tokens"]!.GetValue<long>();

    private static (PipelineConfig Config, string Input) CreateSut(TempFolder folder, string extra = "")
    {
        string yaml = TestPipeline.Write(folder, extra + "parallelism: 2\n");
        var lines = Enumerable.Range(0, Documents).Select(i => JsonSerializer.Serialize(new { id = $"doc-{i:D3}", text = TestPipeline.Article(i) }));
        string input = folder.File("docs.jsonl", string.Join("\n", lines) + "\n");
        return (PipelineConfigReader.Load(yaml), input);
    }
}
