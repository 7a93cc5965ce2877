using IskpNlp.Text;

namespace IskpNlp.Tests.Text;

[TestClass]
public sealed class TextCharsTests
{
    [TestMethod]
    [DataRow(" ", 0)]
    [DataRow(" \n ", 1)]
    [DataRow("\r\n", 1)]
    [DataRow("\r\r", 2)]
    [DataRow("\n \n", 2)]
    [DataRow("\u2028", 1)]
    [DataRow("\u2029", 2)]
    [DataRow("\f", 2)]
    public void CountLineBreaks_Gap_CountsBreaks(string gap, int expected)
    {
        Assert.AreEqual(expected, TextChars.CountLineBreaks(gap));
    }

    [TestMethod]
    [DataRow('\u0000', true)]
    [DataRow('\u0085', true)]
    [DataRow('\u00A0', true)]
    [DataRow('\u200B', true)]
    [DataRow('\u200F', true)]
    [DataRow('\u2067', true)]
    [DataRow('\uFEFF', true)]
    [DataRow('\u200D', false)]
    [DataRow('\u00AD', false)]
    [DataRow('a', false)]
    [DataRow('\u00A9', false)]
    public void IsSeparator_Character_IsExpected(char c, bool expected)
    {
        Assert.AreEqual(expected, TextChars.IsSeparator(c));
    }

    [TestMethod]
    [DataRow('\u061F', true)]
    [DataRow('\u06D4', true)]
    [DataRow('\u3002', true)]
    [DataRow('\u2026', true)]
    [DataRow(',', false)]
    public void IsTerminal_Character_IsExpected(char c, bool expected)
    {
        Assert.AreEqual(expected, TextChars.IsTerminal(c));
    }
}
