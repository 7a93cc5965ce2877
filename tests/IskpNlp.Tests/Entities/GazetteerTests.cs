using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class GazetteerTests
{
    [TestMethod]
    public void Load_CodeChoices_GiveAnEntryWithoutCodeAndItsChoicesInOrder()
    {
        using var folder = Folder("Punjab,Punjab,PK|IN,province,,0\nLahore,Lahore,PK,city,11126285,0\n");

        var gazetteer = Gazetteer.Load(folder.Path);

        CollectionAssert.AreEqual(new[] { "PK", "IN" }, gazetteer.CodeChoicesOf("Punjab")!.ToArray());
        Assert.IsNull(gazetteer.CodeChoicesOf("Lahore"));
        var punjab = gazetteer.Root.Child("Punjab")!.Entries.Single();
        Assert.AreEqual("", punjab.Code);
    }

    [TestMethod]
    [DataRow("PK|India")]
    [DataRow("PK|")]
    [DataRow("pk|in")]
    public void Load_BadCodeChoices_FailWithFileAndLine(string code)
    {
        using var folder = Folder($"Lahore,Lahore,PK,city,11126285,0\nPunjab,Punjab,{code},province,,0\n");

        var error = Assert.ThrowsExactly<PipelineConfigException>(() => Gazetteer.Load(folder.Path));

        StringAssert.Contains(error.Message, "locations.csv");
        StringAssert.Contains(error.Message, "line 3");
        StringAssert.Contains(error.Message, code);
    }

    [TestMethod]
    public void Load_MissingFile_FailsNamingIt()
    {
        using var folder = Folder("Lahore,Lahore,PK,city,11126285,0\n");
        File.Delete(Path.Combine(folder.Path, GazetteerFiles.Groups));

        var error = Assert.ThrowsExactly<PipelineConfigException>(() => Gazetteer.Load(folder.Path));

        StringAssert.Contains(error.Message, GazetteerFiles.Groups);
    }

    // A gazetteer folder with one country, one nationality, one group and the given location rows.
    private static TempFolder Folder(string locationRows)
    {
        var folder = new TempFolder();
        folder.File(GazetteerFiles.Countries, "alias,canonical,code,ambiguous\nPakistan,Pakistan,PK,0\nIndia,India,IN,0\n");
        folder.File(GazetteerFiles.Nationalities, "form,base,code\nIndian,Indian,IN\n");
        folder.File(GazetteerFiles.Groups, "alias,canonical,kind,source\nTTP,Tehrik-i-Taliban Pakistan,acronym,FTO\n");
        folder.File(GazetteerFiles.Locations, "name,canonical,code,kind,population,ambiguous\n" + locationRows);
        return folder;
    }
}
