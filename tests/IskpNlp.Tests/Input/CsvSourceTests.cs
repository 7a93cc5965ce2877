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
}
