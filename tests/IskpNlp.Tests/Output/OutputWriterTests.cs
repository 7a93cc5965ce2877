using System.Text;
using IskpNlp.Documents;
using IskpNlp.Output;

namespace IskpNlp.Tests.Output;

[TestClass]
public sealed class OutputWriterTests
{
    private const string MentionsHeader = "doc_id,sentence,start,end,text,type,canonical,code,value,confidence,method\n";

    [TestMethod]
    public void Write_FieldsWithCommaQuoteNewlineAndFormulaStart_QuotedAndGuarded()
    {
        using var folder = new TempFolder();
        const string text = "=HYPERLINK \"x\", then\nKabul.";
        var document = new Document("=doc,1", text);
        document.AddToken(new Token(0, 10, TokenKind.Word));
        document.AddSentence(new Sentence(new TextSpan(0, text.Length), 0, 1));
        document.AddMention(new Mention(new TextSpan(21, 26), EntityType.Location, "Kabul", "AF", "", 0.95f, MentionMethod.Gazetteer, 0));
        using (var writer = new OutputWriter(folder.Path, new OutputOptions()))
        {
            writer.Write(document);
            writer.Complete();
        }
        string mentions = File.ReadAllText(Path.Combine(folder.Path, OutputWriter.MentionsFile));
        Assert.AreEqual(MentionsHeader + "\"'=doc,1\",0,21,26,Kabul,LOCATION,Kabul,AF,,0.95,gazetteer\n", mentions);
        string sentences = File.ReadAllText(Path.Combine(folder.Path, OutputWriter.SentencesFile));
        StringAssert.Contains(sentences, "\"'=doc,1\",0,0,27,\"'=HYPERLINK \"\"x\"\", then Kabul.\",,,,,,,,,,\n");
    }

    [TestMethod]
    public void Write_NumbersAreNotGuarded()
    {
        using var folder = new TempFolder();
        var document = new Document("d", "-");
        using (var writer = new OutputWriter(folder.Path, new OutputOptions()))
        {
            writer.Write(document);
            writer.Complete();
        }
        string row = File.ReadAllLines(Path.Combine(folder.Path, OutputWriter.DocumentsFile))[1];
        Assert.AreEqual("d,,,,none,ok,,1,0,0,0,0,,,,,", row);
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Complete_ExcelSwitch_ControlsByteOrderMark(bool excel)
    {
        using var folder = new TempFolder();
        using (var writer = new OutputWriter(folder.Path, new OutputOptions { Excel = excel }))
        {
            writer.Complete();
        }
        byte[] bytes = File.ReadAllBytes(Path.Combine(folder.Path, OutputWriter.MentionsFile));
        Assert.AreEqual(excel, bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
    }

    [TestMethod]
    public void Write_BeforeComplete_OnlyPartialFilesExist()
    {
        using var folder = new TempFolder();
        using var writer = new OutputWriter(folder.Path, new OutputOptions());
        writer.Write(new Document("d", "x"));
        Assert.IsFalse(File.Exists(Path.Combine(folder.Path, OutputWriter.DocumentsFile)));
        Assert.IsTrue(File.Exists(Path.Combine(folder.Path, OutputWriter.DocumentsFile + OutputWriter.PartialSuffix)));
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Resume_FromSyncedLengths_DropsWhatFollowsAndContinuesAsOneRun(bool excel)
    {
        using var whole = new TempFolder();
        using (var writer = new OutputWriter(whole.Path, new OutputOptions { Excel = excel }))
        {
            writer.Write(new Document("a", "Alpha."));
            writer.Write(new Document("b", "Beta."));
            writer.Complete();
        }
        using var resumed = new TempFolder();
        IReadOnlyDictionary<string, long> lengths;
        using (var writer = new OutputWriter(resumed.Path, new OutputOptions { Excel = excel }))
        {
            writer.Write(new Document("a", "Alpha."));
            lengths = writer.Sync();
            // A document half written when the process died.
            writer.Write(new Document("half", "Half."));
            writer.Sync();
        }
        File.AppendAllText(OutputWriter.PartialPath(resumed.Path, OutputWriter.DocumentsFile), "torn,row");
        using (var writer = new OutputWriter(resumed.Path, new OutputOptions { Excel = excel }, lengths))
        {
            writer.Write(new Document("b", "Beta."));
            writer.Complete();
        }
        foreach (string name in OutputWriter.Files)
        {
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(whole.Path, name)), File.ReadAllBytes(Path.Combine(resumed.Path, name)), name);
        }
    }

    [TestMethod]
    public void Resume_PartialShorterThanCheckpoint_InvalidData()
    {
        using var folder = new TempFolder();
        IReadOnlyDictionary<string, long> lengths;
        using (var writer = new OutputWriter(folder.Path, new OutputOptions()))
        {
            writer.Write(new Document("a", "Alpha."));
            lengths = writer.Sync();
        }
        File.WriteAllText(OutputWriter.PartialPath(folder.Path, OutputWriter.SentencesFile), "");
        var ex = Assert.ThrowsExactly<InvalidDataException>(() => new OutputWriter(folder.Path, new OutputOptions(), lengths));
        StringAssert.Contains(ex.Message, OutputWriter.SentencesFile);
    }
}
