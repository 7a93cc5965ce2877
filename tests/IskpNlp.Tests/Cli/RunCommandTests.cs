using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace IskpNlp.Tests.Cli;

[TestClass]
public sealed class RunCommandTests
{
    private static readonly string[] MentionsHeader = ["doc_id", "sentence", "start", "end", "text", "type", "canonical", "code", "value", "confidence", "method"];
    private static readonly string[] SentencesHeader = ["doc_id", "sentence", "start", "end", "text", "driver_score", "is_driver", "top_category", "ECONOMIC", "REPRESSION", "MIGRATION", "SAFE_HAVEN", "PROPAGANDA", "NETWORKS", "IDEOLOGY"];
    private static readonly string[] DocumentsHeader = ["doc_id", "source", "title", "date", "date_source", "status", "error", "chars", "tokens", "sentences", "mentions", "driver_sentences", "groups", "countries", "nationalities", "max_driver_score", "top_category"];

    [TestMethod]
    public void Run_Samples_WritesFourFilesWithContractHeadersAndCodePointOffsets()
    {
        using var output = new TempFolder();
        var (code, stdout, stderr) = CliRunner.Run("run", RepoFiles.Get("data", "samples"), "-o", output.Path, "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(0, code, stderr);
        StringAssert.Contains(stdout, output.Path);

        var mentions = ReadCsv(Path.Combine(output.Path, "mentions.csv"), MentionsHeader);
        ReadCsv(Path.Combine(output.Path, "sentences.csv"), SentencesHeader);
        var documents = ReadCsv(Path.Combine(output.Path, "documents.csv"), DocumentsHeader);

        var files = Directory.GetFiles(RepoFiles.Get("data", "samples"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(files, documents.Select(d => d["doc_id"]).ToArray());
        Assert.IsTrue(documents.All(d => d["status"] == "ok"));

        Assert.IsGreaterThan(100, mentions.Count);
        bool sawAstral = false;
        foreach (var mention in mentions)
        {
            // Offsets are code points: index the text as Python does.
            int[] codePoints = ToCodePoints(File.ReadAllText(RepoFiles.Get("data", "samples", mention["doc_id"])));
            int start = int.Parse(mention["start"], CultureInfo.InvariantCulture);
            int end = int.Parse(mention["end"], CultureInfo.InvariantCulture);
            string slice = string.Concat(codePoints[start..end].Select(char.ConvertFromUtf32));
            Assert.AreEqual(mention["text"].TrimStart('\''), slice.TrimStart('\''), $"{mention["doc_id"]} {start}-{end}");
            sawAstral |= codePoints[..start].Any(c => c > 0xFFFF);
        }
        Assert.IsTrue(sawAstral, "no mention after a non-BMP character: the samples should include one");

        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "run.json")));
        Assert.AreEqual(files.Length, run.RootElement.GetProperty("documents").GetProperty("ok").GetInt32());
        Assert.IsTrue(run.RootElement.GetProperty("models").GetArrayLength() >= 1);
    }

    [TestMethod]
    public void Run_FolderWithBinaryFileAndJsonlWithBrokenLine_ExitOneAndEveryDocumentHasARow()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.File("good.txt", "Police in Dushanbe detained two Tajik men suspected of links to ISKP.");
        input.Bytes("broken.txt", [0x00, 0x9F, 0x00, 0xFF, 0x10, 0x00]);
        var (code, _, stderr) = CliRunner.Run("run", input.Path, "-o", output.Path, "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(1, code, stderr);
        var documents = ReadCsv(Path.Combine(output.Path, "documents.csv"), DocumentsHeader);
        Assert.HasCount(2, documents);
        Assert.AreEqual("failed", documents.Single(d => d["doc_id"] == "broken.txt")["status"]);
        StringAssert.Contains(documents.Single(d => d["doc_id"] == "broken.txt")["error"], "binary");
        Assert.AreEqual("ok", documents.Single(d => d["doc_id"] == "good.txt")["status"]);
        Assert.AreNotEqual("0", documents.Single(d => d["doc_id"] == "good.txt")["mentions"]);

        string jsonl = input.File("docs.jsonl", "{\"id\": \"a\", \"text\": \"Kabul.\"}\n{\"id\": \"b\", \"text\": oops}\n{\"id\": \"c\", \"text\": \"Herat.\"}\n");
        using var output2 = new TempFolder();
        (code, _, stderr) = CliRunner.Run("run", jsonl, "-o", output2.Path, "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(1, code, stderr);
        var rows = ReadCsv(Path.Combine(output2.Path, "documents.csv"), DocumentsHeader);
        CollectionAssert.AreEqual(new[] { "a", "docs.jsonl:2", "c" }, rows.Select(r => r["doc_id"]).ToArray());
        StringAssert.Contains(rows[1]["error"], "line 2");
        Assert.AreEqual("ok", rows[2]["status"]);
    }

    [TestMethod]
    public void Run_MissingInput_ExitTwoNamingThePath()
    {
        using var output = new TempFolder();
        var (code, _, stderr) = CliRunner.Run("run", "/no/such/corpus", "-o", output.Path, "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(2, code);
        StringAssert.Contains(stderr, "/no/such/corpus");
    }

    [TestMethod]
    public void Run_WithoutConfig_UsesTheInstalledPipeline()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.File("a.txt", "Uzbek migrants in Moscow.");
        var (code, _, stderr) = CliRunner.Run("run", input.Path, "-o", output.Path);
        Assert.AreEqual(0, code, stderr);
        Assert.IsTrue(File.Exists(Path.Combine(output.Path, "run.json")));
    }

    [TestMethod]
    public void Run_NoArguments_ExitTwo()
    {
        var (code, _, stderr) = CliRunner.Run("run");
        Assert.AreEqual(2, code);
        StringAssert.Contains(stderr, "error:");
    }

    internal static List<Dictionary<string, string>> ReadCsv(string path, string[] header)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        CollectionAssert.AreEqual(header, csv.HeaderRecord, Path.GetFileName(path));
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }
        return rows;
    }

    private static int[] ToCodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int point = char.ConvertToUtf32(text, i);
            points.Add(point);
            if (point > 0xFFFF)
            {
                i++;
            }
        }
        return [.. points];
    }
}
