using IskpNlp.Documents;
using IskpNlp.Training.Entities;

namespace IskpNlp.Tests.Training.Entities;

[TestClass]
public sealed class EntityCorpusReaderTests
{
    [TestMethod]
    public void Parse_InlineNames_PlainTextAndSpans()
    {
        var sentence = EntityCorpusReader.Parse("[[Tajik|NATIONALITY]] police raided [[Vose|LOCATION]] district for [[ISIS-K|GROUP]].", "a.train.txt", 3);

        Assert.AreEqual("Tajik police raided Vose district for ISIS-K.", sentence.Text);
        Assert.AreEqual("a.train.txt:3", sentence.Where);
        CollectionAssert.AreEqual(
            new[] { "NATIONALITY:Tajik", "LOCATION:Vose", "GROUP:ISIS-K" },
            sentence.Names.Select(n => $"{n.Type.Name()}:{sentence.Text[n.Span.Start..n.Span.End]}").ToArray());
    }

    [TestMethod]
    public void Read_CommentsAndBlankLines_SkippedWithLineNumbersKept()
    {
        using var folder = new TempFolder();
        string path = folder.File("x.train.txt", "# header\n\nIn [[Kabul|LOCATION]] it rained.\n  \nNo names here.\n");

        var sentences = EntityCorpusReader.Read(path);

        Assert.AreEqual(2, sentences.Count);
        Assert.AreEqual(3, sentences[0].Line);
        Assert.AreEqual(5, sentences[1].Line);
        Assert.AreEqual(0, sentences[1].Names.Count);
    }

    [TestMethod]
    [DataRow("In [[Kabul|LOCATION it rained.", ":1:4: '[[' is never closed")]
    [DataRow("In [[Kabul]] it rained.", ":1:4: '[[Kabul]]' has no '|TYPE'")]
    [DataRow("In [[Kabul|PLACE]] it rained.", ":1:4: '[[Kabul|PLACE]]' has type 'PLACE'; allowed: GROUP, COUNTRY, LOCATION, NATIONALITY")]
    [DataRow("On [[March 3|DATE]] it rained.", "has type 'DATE'")]
    [DataRow("In [[Kabul|location]] it rained.", "has type 'location'")]
    [DataRow("In Kabul]] it rained.", ":1:9: ']]' without an opening '[['")]
    [DataRow("In [[|LOCATION]] it rained.", "has an empty surface text")]
    [DataRow("In [[ Kabul|LOCATION]] it rained.", "starts or ends with white space")]
    [DataRow("The [[Islamic State [[Khorasan|LOCATION]]|GROUP]] grew.", ":1:21: '[[' inside another name")]
    public void Parse_Malformed_ThrowsWithFileLineColumn(string line, string expected)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => EntityCorpusReader.Parse(line, "data/x.train.txt", 1));

        StringAssert.StartsWith(error.Message, "data/x.train.txt:1:");
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void Read_MalformedLine_StopsWithItsLineNumber()
    {
        using var folder = new TempFolder();
        string path = folder.File("x.train.txt", "# header\nIn [[Kabul|LOCATION]] it rained.\nIn [[Herat|CITY]] too.\n");

        var error = Assert.ThrowsExactly<FormatException>(() => EntityCorpusReader.Read(path));

        StringAssert.StartsWith(error.Message, path + ":3:4:");
    }

    [TestMethod]
    public void ReadFolder_OnlyFilesWithTheSuffix_InNameOrder()
    {
        using var folder = new TempFolder();
        folder.File("b.train.txt", "In [[Herat|LOCATION]] too.\n");
        folder.File("a.train.txt", "In [[Kabul|LOCATION]] it rained.\n");
        folder.File("a.heldout.txt", "In [[Kunduz|LOCATION]] it snowed.\n");

        var train = EntityCorpusReader.ReadFolder(folder.Path, EntityCorpusReader.TrainSuffix);

        CollectionAssert.AreEqual(new[] { "In Kabul it rained.", "In Herat too." }, train.Select(s => s.Text).ToArray());
    }
}
