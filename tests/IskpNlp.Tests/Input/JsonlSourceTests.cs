using IskpNlp.Documents;
using IskpNlp.Input;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class JsonlSourceTests
{
    [TestMethod]
    public void Read_ValidLines_YieldsDocumentsWithMetadata()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.jsonl",
            "{\"id\": \"a\", \"text\": \"Kabul, March 3.\", \"date\": \"2024-03-03\", \"title\": \"T\", \"url\": \"https://x.test/a\", \"extra\": 1}\n" +
            "\n" +
            "{\"id\": 7, \"text\": \"Second.\"}\n");
        var documents = new JsonlSource(path).Read(default).ToList();
        Assert.HasCount(2, documents);
        Assert.AreEqual("a", documents[0].Id);
        Assert.AreEqual("Kabul, March 3.", documents[0].Text);
        Assert.AreEqual(new DateOnly(2024, 3, 3), documents[0].Date);
        Assert.AreEqual(DateSource.Metadata, documents[0].DateSource);
        Assert.AreEqual("T", documents[0].Info.Title);
        Assert.AreEqual("https://x.test/a", documents[0].Info.Url);
        Assert.AreEqual("7", documents[1].Id);
        Assert.IsNull(documents[1].Date);
    }

    [TestMethod]
    public void Read_BrokenLine_FailsThatDocumentWithLineNumberAndGoesOn()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.jsonl",
            "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\", \"text\": \"Three.\"}\n");
        var documents = new JsonlSource(path).Read(default).ToList();
        Assert.HasCount(3, documents);
        Assert.AreEqual(DocumentStatus.Failed, documents[1].Status);
        Assert.AreEqual("docs.jsonl:2", documents[1].Id);
        StringAssert.Contains(documents[1].Error, "docs.jsonl line 2: invalid JSON");
        Assert.AreEqual(DocumentStatus.Ok, documents[2].Status);
        Assert.AreEqual("c", documents[2].Id);
    }

    [TestMethod]
    [DataRow("{\"text\": \"x\"}", "missing 'id'")]
    [DataRow("{\"id\": \"x\"}", "missing or non-string 'text'")]
    [DataRow("{\"id\": \"x\", \"text\": \"y\", \"date\": \"08/04/2024\"}", "not an ISO 8601 date")]
    [DataRow("[1, 2]", "expected a JSON object")]
    public void Read_InvalidObject_FailsWithReason(string line, string reason)
    {
        using var folder = new TempFolder();
        string path = folder.File("d.jsonl", line + "\n");
        var document = new JsonlSource(path).Read(default).Single();
        Assert.AreEqual(DocumentStatus.Failed, document.Status);
        StringAssert.Contains(document.Error, reason);
        StringAssert.Contains(document.Error, "line 1");
    }

    [TestMethod]
    public void Read_InvalidUtf8Line_FailsThatLineSayingSo()
    {
        using var folder = new TempFolder();
        byte[] bad = [.. System.Text.Encoding.UTF8.GetBytes("{\"id\": \"x\", \"text\": \"Caf"), 0xE9, .. System.Text.Encoding.UTF8.GetBytes("\"}\n")];
        string path = folder.Bytes("d.jsonl", [.. bad, .. System.Text.Encoding.UTF8.GetBytes("{\"id\": \"y\", \"text\": \"Fine.\"}\n")]);
        var documents = new JsonlSource(path).Read(default).ToList();
        Assert.AreEqual(DocumentStatus.Failed, documents[0].Status);
        StringAssert.Contains(documents[0].Error, "d.jsonl line 1: not valid UTF-8 at byte 24");
        Assert.AreEqual("Fine.", documents[1].Text);
    }

    [TestMethod]
    public void Read_LoneSurrogateEscape_FailsThatLine()
    {
        using var folder = new TempFolder();
        string path = folder.File("d.jsonl", "{\"id\": \"x\", \"text\": \"a\\ud800b\"}\n");
        var document = new JsonlSource(path).Read(default).Single();
        StringAssert.Contains(document.Error, "not valid Unicode");
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Read_Utf16WithBom_Transcoded(bool bigEndian)
    {
        using var folder = new TempFolder();
        var encoding = new System.Text.UnicodeEncoding(bigEndian, byteOrderMark: true);
        string path = folder.Bytes("d.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"id\": \"x\", \"text\": \"Душанбе\"}\r\n{\"id\": \"y\", \"text\": \"🇹🇯\"}")]);
        var documents = new JsonlSource(path).Read(default).ToList();
        CollectionAssert.AreEqual(new[] { "Душанбе", "🇹🇯" }, documents.Select(d => d.Text).ToArray());
    }

    [TestMethod]
    public void Read_FromPosition_BlankLinesNotCounted()
    {
        using var folder = new TempFolder();
        string path = folder.File("d.jsonl", "{\"id\": \"a\", \"text\": \"1\"}\n\n   \n{\"id\": \"b\", \"text\": \"2\"}\n{\"id\": \"c\", \"text\": \"3\"}");
        CollectionAssert.AreEqual(new[] { "b", "c" }, new JsonlSource(path).Read(1, default).Select(d => d.Id).ToArray());
    }
}
