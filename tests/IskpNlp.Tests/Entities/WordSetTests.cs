using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class WordSetTests
{
    private static readonly string[] Words = ["in", "of", "Academy", "’s", "-language", "University", "is"];

    [TestMethod]
    [DataRow("in", true)]
    [DataRow("IN", true)]
    [DataRow("academy", true)]
    [DataRow("ACADEMY", true)]
    [DataRow("’s", true)]
    [DataRow("-Language", true)]
    [DataRow("on", false)]
    [DataRow("Academia", false)]
    [DataRow("", false)]
    [DataRow("ın", false)] // as OrdinalIgnoreCase: the dotless i is not an i
    public void Contains_MatchesIgnoringCase(string word, bool expected)
    {
        Assert.AreEqual(expected, new WordSet(Words).Contains(word));
    }

    [TestMethod]
    public void Contains_AgreesWithOrdinalIgnoreCaseOnRandomWords()
    {
        var set = new WordSet(Words);
        var random = new Random(7);
        const string alphabet = "inofaAcdemyIsNOFUvrt’-slgı ";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 11)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            string word = new(chars);
            bool expected = Words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
            Assert.AreEqual(expected, set.Contains(word), $"'{word}'");
        }
    }
}
