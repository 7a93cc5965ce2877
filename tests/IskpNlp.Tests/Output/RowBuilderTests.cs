using IskpNlp.Documents;
using IskpNlp.Output;

namespace IskpNlp.Tests.Output;

[TestClass]
public sealed class RowBuilderTests
{
    [TestMethod]
    public void Document_CountsOnlyArticleSentencesAndRanksNamesByCount()
    {
        const string text = "Share this. Tajiks and Uzbeks. Tajik men.";
        var document = new Document("d", text);
        document.AddToken(new Token(0, 5, TokenKind.Word));
        document.AddToken(new Token(6, 11, TokenKind.Word));
        document.AddToken(new Token(12, 18, TokenKind.Word));
        document.AddToken(new Token(31, 36, TokenKind.Word));
        document.AddSentence(new Sentence(new TextSpan(0, 11), 0, 2, IsFurniture: true));
        document.AddSentence(new Sentence(new TextSpan(12, 30), 2, 3));
        document.AddSentence(new Sentence(new TextSpan(31, 41), 3, 4));
        document.AddMention(new Mention(new TextSpan(23, 29), EntityType.Nationality, "Uzbek", "UZ", "", 1, MentionMethod.Gazetteer, 1));
        document.AddMention(new Mention(new TextSpan(12, 18), EntityType.Nationality, "Tajik", "TJ", "", 1, MentionMethod.Gazetteer, 1));
        document.AddMention(new Mention(new TextSpan(31, 36), EntityType.Nationality, "Tajik", "TJ", "", 1, MentionMethod.Gazetteer, 2));
        var scores = new SentenceScore[3];
        var categories = new CategoryScores();
        categories[(int)DriverCategory.Migration] = 0.8f;
        scores[2] = new SentenceScore(0.91234f, true, categories);
        document.SetScores(scores);

        var row = RowBuilder.Document(document);

        Assert.AreEqual(2, row.Sentences);
        Assert.AreEqual(2, row.Tokens);
        Assert.AreEqual(3, row.Mentions);
        Assert.AreEqual(1, row.DriverSentences);
        Assert.AreEqual("TJ;UZ", row.Nationalities);
        Assert.AreEqual(0.9123f, row.MaxDriverScore);
        Assert.AreEqual("MIGRATION", row.TopCategory);
        var sentenceRows = RowBuilder.Sentences(document, new CodePointMap(text)).ToList();
        CollectionAssert.AreEqual(new[] { 1, 2 }, sentenceRows.Select(r => r.Sentence).ToArray());
    }

    [TestMethod]
    public void CollapseWhitespace_RunsAndEnds_OneSpaceTrimmed()
    {
        Assert.AreEqual("a b c", RowBuilder.CollapseWhitespace("  a \n\t b   c \n"));
    }
}
