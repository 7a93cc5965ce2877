using IskpNlp.Documents;
using IskpNlp.Input;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class FolderSourceTests
{
    [TestMethod]
    public void Read_NestedFolder_RelativeIdsInOrdinalOrderAndOnlyDocumentFiles()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "Bee.");
        folder.File("sub/a.md", "Ay.");
        folder.File("sub/page.html", "<p>Page.</p>");
        folder.File("notes.json", "{}");
        var documents = new FolderSource(folder.Path).Read(default).ToList();
        CollectionAssert.AreEqual(new[] { "b.txt", "sub/a.md", "sub/page.html" }, documents.Select(d => d.Id).ToArray());
        Assert.AreEqual("Page.", documents[2].Text);
    }

    [TestMethod]
    public void Read_BinaryFile_FailedDocumentNamingTheFile()
    {
        using var folder = new TempFolder();
        string path = folder.Bytes("broken.txt", [0x00, 0x01, 0x02, 0xFF]);
        var document = new FolderSource(folder.Path).Read(default).Single();
        Assert.AreEqual(DocumentStatus.Failed, document.Status);
        StringAssert.Contains(document.Error, path);
        StringAssert.Contains(document.Error, "binary");
    }

    [TestMethod]
    public void Read_EmptyFile_FailedSayingEmpty()
    {
        using var folder = new TempFolder();
        folder.Bytes("empty.txt", []);
        var document = new FolderSource(folder.Path).Read(default).Single();
        Assert.AreEqual(DocumentStatus.Failed, document.Status);
        StringAssert.Contains(document.Error, "empty file");
    }

    [TestMethod]
    public void Read_FromPosition_LaterFilesOnly()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "A.");
        folder.File("b.txt", "B.");
        folder.File("c.txt", "C.");
        CollectionAssert.AreEqual(new[] { "c.txt" }, new FolderSource(folder.Path).Read(2, default).Select(d => d.Id).ToArray());
    }
}
