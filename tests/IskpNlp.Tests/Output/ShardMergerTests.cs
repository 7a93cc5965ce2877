using IskpNlp.Output;
using IskpNlp.Pipeline;
using IskpNlp.Tests.Cli;

namespace IskpNlp.Tests.Output;

[TestClass]
public sealed class ShardMergerTests
{
    private static readonly string[] CsvFiles = [OutputWriter.MentionsFile, OutputWriter.SentencesFile, OutputWriter.DocumentsFile];

    [TestMethod]
    [DataRow(1, "samples.docs.jsonl")]
    [DataRow(3, "samples.docs.jsonl")]
    [DataRow(7, "samples.docs.jsonl")]
    [DataRow(3, "")]
    public void Merge_ShardsOfTheSamples_EqualsOneRun(int count, string inputFile)
    {
        using var work = new TempFolder();
        // The JSONL is read through by every shard; the folder's shards read only their own files.
        string input = inputFile.Length > 0 ? RepoFiles.Get("data", "samples", inputFile) : RepoFiles.Get("data", "samples");
        string config = RepoFiles.Get("pipeline.yaml");
        string single = Path.Combine(work.Path, "single");
        Assert.AreEqual(0, CliRunner.Run("run", input, "-o", single, "-c", config).ExitCode);

        var folders = new List<string>();
        for (int k = 0; k < count; k++)
        {
            string folder = Path.Combine(work.Path, $"shard-{k}");
            var (code, _, error) = CliRunner.Run("run", input, "-o", folder, "-c", config, "--shard", $"{k}/{count}");
            Assert.AreEqual(0, code, error);
            folders.Add(folder);
        }
        string merged = Path.Combine(work.Path, "merged");
        var (mergeCode, _, mergeError) = CliRunner.Run(["merge", .. folders.AsEnumerable().Reverse(), "-o", merged]);
        Assert.AreEqual(0, mergeCode, mergeError);
        foreach (string file in CsvFiles)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(single, file)), File.ReadAllBytes(Path.Combine(merged, file)), file);
        }
    }

    [TestMethod]
    public void Merge_MissingShard_ExitTwoNamingIt()
    {
        using var work = new TempFolder();
        var folders = RunShards(work, 3, skip: 1);
        var (code, _, error) = CliRunner.Run(["merge", .. folders, "-o", Path.Combine(work.Path, "merged")]);
        Assert.AreEqual(2, code);
        StringAssert.Contains(error, "missing shard(s) 1 of 3");
    }

    [TestMethod]
    public void Merge_DuplicatedShard_ExitTwoNamingIt()
    {
        using var work = new TempFolder();
        var folders = RunShards(work, 2);
        var (code, _, error) = CliRunner.Run(["merge", folders[0], folders[1], folders[0], "-o", Path.Combine(work.Path, "merged")]);
        Assert.AreEqual(2, code);
        StringAssert.Contains(error, "shard(s) given twice: 0");
    }

    [TestMethod]
    public void ShardOf_SameId_SameShardEveryTime()
    {
        // The hash is fixed in code: these values hold on every machine and .NET version.
        Assert.AreEqual(ShardSpec.ShardOf("01-dushanbe-migrant-recruitment.txt", 7), ShardSpec.ShardOf("01-dushanbe-migrant-recruitment.txt", 7));
        var counts = new int[4];
        for (int i = 0; i < 4000; i++)
        {
            counts[ShardSpec.ShardOf($"doc-{i}", 4)]++;
        }
        Assert.IsTrue(counts.All(c => c is > 850 and < 1150), string.Join(",", counts));
    }

    [TestMethod]
    [DataRow("3/3")]
    [DataRow("-1/3")]
    [DataRow("a/b")]
    [DataRow("2")]
    public void Parse_BadShard_FormatError(string text)
    {
        Assert.ThrowsExactly<FormatException>(() => ShardSpec.Parse(text));
    }

    private static List<string> RunShards(TempFolder work, int count, int skip = -1)
    {
        var folders = new List<string>();
        for (int k = 0; k < count; k++)
        {
            if (k == skip)
            {
                continue;
            }
            string folder = Path.Combine(work.Path, $"shard-{k}");
            Assert.AreEqual(0, CliRunner.Run("run", RepoFiles.Get("data", "samples", "samples.docs.jsonl"), "-o", folder, "-c", RepoFiles.Get("pipeline.yaml"), "--shard", $"{k}/{count}").ExitCode);
            folders.Add(folder);
        }
        return folders;
    }
}
