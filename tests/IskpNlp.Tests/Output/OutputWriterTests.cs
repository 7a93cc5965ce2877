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
}
