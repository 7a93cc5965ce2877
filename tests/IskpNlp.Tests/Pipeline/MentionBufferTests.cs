using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Pipeline;

[TestClass]
public sealed class MentionBufferTests
{
    private static Mention At(int start, int end) => new(new TextSpan(start, end), EntityType.Location, "x", "", "", 1f, MentionMethod.Rule, 0);

    [TestMethod]
    public void Collect_TwiceOnOneThread_EachDocumentGetsWhatItsOwnCallFound()
    {
        var first = new Document("a", "Kabul and Herat");
        var second = new Document("b", "Osh");
        MentionBuffer.Collect(first, 0, static (_, found) => { found.Add(At(0, 5)); found.Add(At(10, 15)); });
        MentionBuffer.Collect(second, 0, static (_, found) => found.Add(At(0, 3)));
        Assert.AreEqual(2, first.Mentions.Length);
        Assert.AreEqual(1, second.Mentions.Length);
        Assert.AreEqual(new TextSpan(0, 3), second.Mentions[0].Span);
    }

    [TestMethod]
    public void Collect_FoundNothing_DocumentUnchanged()
    {
        var document = new Document("a", "text");
        MentionBuffer.Collect(document, 0, static (_, _) => { });
        Assert.AreEqual(0, document.Mentions.Length);
    }
}
