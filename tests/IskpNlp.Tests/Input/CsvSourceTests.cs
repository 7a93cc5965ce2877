using IskpNlp.Documents;
using IskpNlp.Input;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class CsvSourceTests
{
    [TestMethod]
    public void Read_ConfiguredColumns_MapsFields()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.csv", "article_id,body,published\nx1,\"Text, with comma\",2023-11-02\nx2,\"Line one\nline two\",\n");
        var options = new InputOptions { IdColumn = "article_id", TextColumn = "body", DateColumn = "published" };
        var documents = new CsvSource(path, options).Read(default).ToList();
        Assert.HasCount(2, documents);
        Assert.AreEqual("Text, with comma", documents[0].Text);
        Assert.AreEqual(new DateOnly(2023, 11, 2), documents[0].Date);
        Assert.AreEqual("Line one\nline two", documents[1].Text);
        Assert.IsNull(documents[1].Date);
    }

    [TestMethod]
    public void Read_MissingTextColumn_OneFailedRowNamingTheColumn()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.csv", "id,content\n1,abc\n");
        var document = new CsvSource(path, new InputOptions()).Read(default).Single();
        Assert.AreEqual(DocumentStatus.Failed, document.Status);
        StringAssert.Contains(document.Error, "no column 'text'");
    }

    [TestMethod]
    public void Read_EmptyId_FailsThatRecordOnly()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.csv", "id,text\n,orphan\nb,fine\n");
        var documents = new CsvSource(path, new InputOptions()).Read(default).ToList();
        Assert.HasCount(2, documents);
        Assert.AreEqual(DocumentStatus.Failed, documents[0].Status);
        StringAssert.Contains(documents[0].Error, "line 2");
        Assert.AreEqual(DocumentStatus.Ok, documents[1].Status);
    }

    [TestMethod]
    public void Read_UnterminatedQuote_FailedRecordNamingItsLineNotASilentSwallow()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.csv", "id,text\na,fine\nb,\"never closed\nc,swallowed\n");
        var documents = new CsvSource(path, new InputOptions()).Read(default).ToList();
        Assert.HasCount(2, documents);
        Assert.AreEqual(DocumentStatus.Ok, documents[0].Status);
        Assert.AreEqual("b", documents[1].Id);
        Assert.AreEqual(DocumentStatus.Failed, documents[1].Status);
        StringAssert.Contains(documents[1].Error, "docs.csv line 3: a quoted field is never closed");
    }

    [TestMethod]
    public void Read_Windows1252File_DecodedNotReplaced()
    {
        using var folder = new TempFolder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        string path = folder.Bytes("docs.csv", System.Text.Encoding.GetEncoding(1252).GetBytes("id,text\nx,\u201cCaf\u00e9\u201d\n"));
        Assert.AreEqual("\u201cCaf\u00e9\u201d", new CsvSource(path, new InputOptions()).Read(default).Single().Text);
    }

    [TestMethod]
    public void Read_FromPosition_SkipsEarlierRecords()
    {
        using var folder = new TempFolder();
        string path = folder.File("docs.csv", "id,text\na,\"one\ntwo\"\nb,three\nc,four\n");
        CollectionAssert.AreEqual(new[] { "b", "c" }, new CsvSource(path, new InputOptions()).Read(1, default).Select(d => d.Id).ToArray());
    }
}
