using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IskpNlp.Tests.Cli;

/// <summary>
/// Broken and hostile input through the CLI, as a child process: every item gets a documents.csv row
/// with a clear status (decoded where the encoding is recognisable), the run ends normally, and the
/// process's peak memory stays bounded.
/// </summary>
[TestClass]
public sealed class RunCommandHostileInputTests
{
    private const long MemoryLimitBytes = 2L * 1024 * 1024 * 1024;
    private const string Windows1252Text = "\u201cISKP\u201d said caf\u00e9 \u2013 \u20ac5.";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Run_HostileFolder_EveryFileHasAStatusAndMemoryStaysBounded()
    {
        using var folder = new TempFolder();
        string config = TestPipeline.Write(folder, "parallelism: 2\n");
        string corpus = Path.Combine(folder.Path, "corpus");
        var expected = WriteHostileFolder(corpus);
        string output = Path.Combine(folder.Path, "out");

        var (code, text, peak, elapsed) = RunMeasured("run", corpus, "-o", output, "-c", config);

        Assert.AreEqual(1, code, "exit 1: the run finished and some documents failed\n" + text);
        var rows = DocumentsCsv.Read(output).ToDictionary(r => r["doc_id"], StringComparer.Ordinal);
        Assert.HasCount(expected.Count, rows, string.Join(", ", rows.Keys));
        foreach (var (id, (status, contains)) in expected)
        {
            // The spreadsheet guard: a cell starting with '=' is written with a leading quote.
            string cell = id.StartsWith('=') ? "'" + id : id;
            Assert.IsTrue(rows.TryGetValue(cell, out var row), $"no row for '{cell}'");
            Assert.AreEqual(status, row["status"], $"{id}: {row["error"]}");
            if (status == "failed")
            {
                StringAssert.Contains(row["error"], contains, id);
            }
        }
        Assert.AreEqual(Windows1252Text.Length.ToString(CultureInfo.InvariantCulture), rows["windows-1252.txt"]["chars"], "decoded as Windows-1252, one character a byte");
        Assert.AreEqual(((int)(50 * 1024 * 1024)).ToString(CultureInfo.InvariantCulture), rows["big-50mb.txt"]["chars"]);
        Assert.AreEqual("1048576", rows["long-line.txt"]["chars"]);
        Assert.IsLessThan(MemoryLimitBytes, peak, $"peak working set {peak / (1024 * 1024)} MB");
        TestContext.WriteLine($"hostile folder: {rows.Count} documents, {rows.Values.Count(r => r["status"] == "ok")} ok, {rows.Values.Count(r => r["status"] == "failed")} failed; " +
            $"{elapsed.TotalSeconds:F1} s, peak working set {peak / (1024 * 1024)} MB");
    }

    [TestMethod]
    public void Run_HostileJsonl_EveryLineHasAStatus()
    {
        using var folder = new TempFolder();
        string config = TestPipeline.Write(folder);
        var lines = new List<byte[]>
        {
            Utf8("{\"id\": \"=1+2,\\\"quoted\\\"\", \"text\": \"Id with a formula start, a comma and quotes.\"}"),
            Utf8("{\"id\": \"broken\", \"text\": "),
            (byte[])[.. Utf8("{\"id\": \"bad-utf8\", \"text\": \"Caf"), 0xE9, 0xFF, .. Utf8(" Kabul\"}")],
            Utf8(""),
            Utf8("{\"id\": 42, \"text\": \"Numeric id.\"}"),
            Utf8("{\"id\": \"long\", \"text\": \"" + new string('a', 1024 * 1024) + "\"}"),
            Utf8("[\"not\", \"an object\"]"),
            Utf8(new string('[', 1000) + new string(']', 1000)),
            Utf8("{\"id\": \"control\", \"text\": \"Tab\\there\\u0000nul and \\ud800 lone surrogate.\"}"),
            Utf8("{\"id\": \"last\", \"text\": \"No newline at the end.\"}"),
        };
        string input = Path.Combine(folder.Path, "hostile.jsonl");
        File.WriteAllBytes(input, [.. lines.SelectMany((line, i) => i == lines.Count - 1 ? line : [.. line, (byte)'\n'])]);
        string output = Path.Combine(folder.Path, "out");

        var (code, text) = CliProcess.Run(Timeout, "run", input, "-o", output, "-c", config);

        Assert.AreEqual(1, code, text);
        var rows = DocumentsCsv.Read(output);
        string[] expected = ["'=1+2,\"quoted\"", "hostile.jsonl:2", "hostile.jsonl:3", "42", "long", "hostile.jsonl:7", "hostile.jsonl:8", "hostile.jsonl:9", "last"];
        CollectionAssert.AreEqual(expected, rows.Select(r => r["doc_id"]).ToArray());
        StringAssert.Contains(rows[1]["error"], "line 2: invalid JSON");
        StringAssert.Contains(rows[2]["error"], "line 3: not valid UTF-8");
        StringAssert.Contains(rows[5]["error"], "expected a JSON object");
        StringAssert.Contains(rows[6]["error"], "line 8: invalid JSON");
        StringAssert.Contains(rows[7]["error"], "line 9: a string is not valid Unicode");
        CollectionAssert.AreEqual(new[] { "ok", "failed", "failed", "ok", "ok", "failed", "failed", "failed", "ok" }, rows.Select(r => r["status"]).ToArray());
        Assert.AreEqual("1048576", rows[4]["chars"]);
        string raw = File.ReadAllText(Path.Combine(output, "documents.csv"));
        StringAssert.Contains(raw, "\n\"'=1+2,\"\"quoted\"\"\",", "the id is quoted, its quotes doubled, its formula start guarded");
    }

    [TestMethod]
    public void Run_HostileCsv_Windows1252DecodedAndUnterminatedQuoteReported()
    {
        using var folder = new TempFolder();
        string config = TestPipeline.Write(folder);
        var cp1252 = CodePagesEncoding();
        string csv = "id,text,date\n" +
            "\"=cmd|' /C calc'!A0\",\"Caf\u00e9 owners in Kabul said \u201cno\u201d.\",2024-03-01\n" +
            "multi,\"Line one\nline two, with comma\",\n" +
            "bad-date,Text,08/04/2024\n" +
            "open,\"This quote never closes.\n" +
            "swallowed-1,First swallowed record\n" +
            "swallowed-2,Second swallowed record\n";
        string input = Path.Combine(folder.Path, "hostile.csv");
        File.WriteAllBytes(input, cp1252.GetBytes(csv));
        string output = Path.Combine(folder.Path, "out");

        var (code, text) = CliProcess.Run(Timeout, "run", input, "-o", output, "-c", config);

        Assert.AreEqual(1, code, text);
        var rows = DocumentsCsv.Read(output);
        CollectionAssert.AreEqual(new[] { "'=cmd|' /C calc'!A0", "multi", "bad-date", "open" }, rows.Select(r => r["doc_id"]).ToArray());
        CollectionAssert.AreEqual(new[] { "ok", "ok", "failed", "failed" }, rows.Select(r => r["status"]).ToArray());
        Assert.AreEqual("31", rows[0]["chars"], "Windows-1252 bytes decoded as their characters");
        StringAssert.Contains(rows[2]["error"], "not an ISO 8601 date");
        StringAssert.Contains(rows[3]["error"], "line 6: a quoted field is never closed");
        using var sentences = new StreamReader(Path.Combine(output, "sentences.csv"));
        StringAssert.Contains(sentences.ReadToEnd(), "Café owners in Kabul said “no”.");
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // The files, and what documents.csv must say of each: status and a part of the error.
    private static Dictionary<string, (string Status, string Contains)> WriteHostileFolder(string corpus)
    {
        Directory.CreateDirectory(corpus);
        var expected = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        void Add(string name, byte[] bytes, string status, string contains = "")
        {
            string path = Path.Combine(corpus, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            expected[name] = (status, contains);
        }
        var cp1252 = CodePagesEncoding();
        Add("plain.txt", Utf8(TestPipeline.Article(1)), "ok");
        Add("invalid-utf8.txt", [.. Utf8("Caf"), 0xE9, .. Utf8(" owners in Kabul said "), 0x93, .. Utf8("no"), 0x94, .. Utf8(". Then "), 0xFF, 0xC0, .. Utf8(" junk.")], "ok");
        Add("truncated-utf8.txt", [.. Utf8("Dushanbe, Душанбе"), 0xD0], "ok");
        Add("utf16le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Душанбе, Tajikistan 🇹🇯.")], "ok");
        Add("utf16be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Kabul, Afghanistan.")], "ok");
        Add("windows-1252.txt", cp1252.GetBytes(Windows1252Text), "ok");
        Add("binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256))], "failed", "binary content");
        Add("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "failed", "binary content");
        Add("controls.md", [.. Enumerable.Repeat((byte)0x01, 200), .. Utf8("text")], "failed", "binary content");
        Add("empty.txt", [], "failed", "empty file");
        Add("whitespace.txt", Utf8("  \n\t\n  "), "ok");
        Add("long-line.txt", Utf8(new string('a', 1024 * 1024)), "ok");
        Add("nested.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</span></div>", 100_000)) + "</body></html>"), "ok");
        Add("unclosed.html", Utf8("<html><body><p>Unclosed <b>tags <i>everywhere <table><tr><td>cell"), "ok");
        Add("=HYPERLINK(\"x\"),1.txt", Utf8("A file name with a formula start, a quote and a comma."), "ok");
        Add("deep/nested/folder/a.md", Utf8("# Heading\n\nText."), "ok");
        Add("big-50mb.txt", BigDocument(50 * 1024 * 1024), "ok");
        return expected;
    }

    // Plain ASCII articles (one byte, one character) up to exactly `size` bytes.
    private static byte[] BigDocument(int size)
    {
        var builder = new StringBuilder(size + 1024);
        for (int i = 0; builder.Length < size; i++)
        {
            builder.Append(TestPipeline.Article(i).Replace("—", "-", StringComparison.Ordinal).Replace("🇦🇫", "AF", StringComparison.Ordinal));
        }
        builder.Length = size;
        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    // Runs the CLI and samples its peak resident memory (VmHWM, Linux) until it exits.
    private static (int Code, string Output, long PeakBytes, TimeSpan Elapsed) RunMeasured(params string[] args)
    {
        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = CliProcess.Start(output, args);
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResident(process));
            if (clock.Elapsed > Timeout)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the run did not end in time");
            }
        }
        process.WaitForExit();
        if (peak == 0)
        {
            peak = 1;
        }
        lock (output)
        {
            return (process.ExitCode, output.ToString(), peak, clock.Elapsed);
        }
    }

    private static long PeakResident(Process process)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
            process.Refresh();
            return process.PeakWorkingSet64;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
