using System.Text.Json.Nodes;
using IskpNlp.Output;

namespace IskpNlp.Tests;

/// <summary>Compares two output folders: the CSV files byte for byte, run.json apart from its times.</summary>
internal static class OutputFolders
{
    private static readonly string[] TimeKeys = ["started", "ended", "seconds", "tokens_per_second", "stage_times"];

    public static void AssertSame(string expectedFolder, string actualFolder)
    {
        foreach (string name in OutputWriter.Files)
        {
            byte[] expected = File.ReadAllBytes(Path.Combine(expectedFolder, name));
            byte[] actual = File.ReadAllBytes(Path.Combine(actualFolder, name));
            Assert.IsTrue(expected.AsSpan().SequenceEqual(actual), $"{name} differs ({expected.Length} bytes expected, {actual.Length} found)");
        }
        Assert.AreEqual(RunJsonWithoutTimes(expectedFolder), RunJsonWithoutTimes(actualFolder), "run.json differs apart from times");
        Assert.IsFalse(File.Exists(Checkpoint.PathIn(actualFolder)), "the checkpoint outlived the run");
        Assert.IsEmpty(Directory.GetFiles(actualFolder, "*" + OutputWriter.PartialSuffix), "partial files outlived the run");
    }

    public static string RunJsonWithoutTimes(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, RunReport.FileName)))!.AsObject();
        foreach (string key in TimeKeys)
        {
            json.Remove(key);
        }
        return json.ToJsonString();
    }
}
