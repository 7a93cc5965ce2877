using IskpNlp.Documents;
using IskpNlp.Training.Drivers;

namespace IskpNlp.Tests.Training.Drivers;

[TestClass]
public sealed class DriverCorpusReaderTests
{
    [TestMethod]
    public void Read_Fixture_ParsesLabelsAndCategories()
    {
        var examples = DriverCorpusReader.Read(RepoFiles.Get("tests", "IskpNlp.Tests", "Fixtures", "Drivers", "small.csv"));
        Assert.HasCount(40, examples);
        Assert.AreEqual(20, examples.Count(e => e.IsDriver));
        CollectionAssert.AreEquivalent(new[] { DriverCategory.Economic, DriverCategory.Networks }, examples[0].Categories.ToArray());
        Assert.AreEqual(2, examples[0].Line);
    }

    [TestMethod]
    [DataRow("text,is_driver\nA sentence.,1\n", "line 1: missing column 'categories'")]
    [DataRow("text,is_driver,categories\nA sentence.,yes,ECONOMIC\n", "line 2: is_driver must be 0 or 1, not 'yes'")]
    [DataRow("text,is_driver,categories\nA sentence.,1,ECONOMY\n", "line 2: unknown category 'ECONOMY'")]
    [DataRow("text,is_driver,categories\nFine.,0,\n  ,0,\n", "line 3: empty text")]
    [DataRow("text,is_driver,categories\nFine.,0,\nA driver.,1,\n", "line 3: a driver sentence (is_driver 1) needs at least one category")]
    [DataRow("text,is_driver,categories\nNot one.,0,IDEOLOGY\n", "line 2: a non-driver sentence (is_driver 0) cannot have categories")]
    public void Read_MalformedFile_ThrowsNamingFileAndLine(string content, string message)
    {
        using var folder = new TempFolder();
        string path = folder.File("bad.csv", content);
        var error = Assert.ThrowsExactly<FormatException>(() => DriverCorpusReader.Read(path));
        StringAssert.StartsWith(error.Message, "bad.csv ");
        StringAssert.Contains(error.Message, message);
    }
}
