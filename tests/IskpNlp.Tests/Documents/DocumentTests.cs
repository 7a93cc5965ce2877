using IskpNlp.Documents;

namespace IskpNlp.Tests.Documents;

[TestClass]
public sealed class DocumentTests
{
    [TestMethod]
    public void AddToken_OutsideText_Throws()
    {
        var document = new Document("d", "abc");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => document.AddToken(new Token(2, 4, TokenKind.Word)));
    }

    [TestMethod]
    public void SentenceAt_OffsetInSecondSentence_ReturnsOne()
    {
        var document = new Document("d", "Ab. Cd.");
        document.AddToken(new Token(0, 2, TokenKind.Word));
        document.AddToken(new Token(2, 3, TokenKind.Punctuation));
        document.AddToken(new Token(4, 6, TokenKind.Word));
        document.AddToken(new Token(6, 7, TokenKind.Punctuation));
        document.AddSentence(new Sentence(new TextSpan(0, 3), 0, 2));
        document.AddSentence(new Sentence(new TextSpan(4, 7), 2, 4));
        Assert.AreEqual(1, document.SentenceAt(5));
        Assert.AreEqual(-1, document.SentenceAt(3));
    }

    [TestMethod]
    public void Constructor_InfoWithDate_SetsMetadataDate()
    {
        var document = new Document("d", "x", new DocumentInfo { Date = new DateOnly(2024, 4, 8) });
        Assert.AreEqual(new DateOnly(2024, 4, 8), document.Date);
        Assert.AreEqual(DateSource.Metadata, document.DateSource);
    }

    [TestMethod]
    public void AddMentions_AppendsInOrder_AndRefusesASpanOutsideTheText()
    {
        var document = new Document("d", "Kabul and Herat");
        document.AddMention(new Mention(new TextSpan(10, 15), EntityType.Location, "Herat", "AF", "", 0.9f, MentionMethod.Gazetteer, 0));
        document.AddMentions([new Mention(new TextSpan(0, 5), EntityType.Location, "Kabul", "AF", "", 0.9f, MentionMethod.Gazetteer, 0)]);
        CollectionAssert.AreEqual(new[] { "Herat", "Kabul" }, document.Mentions.ToArray().Select(m => m.Canonical).ToArray());
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
            document.AddMentions([new Mention(new TextSpan(12, 20), EntityType.Location, "x", "", "", 0.5f, MentionMethod.Gazetteer, 0)]));
    }
}
