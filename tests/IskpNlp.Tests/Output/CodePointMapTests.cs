using IskpNlp.Output;

namespace IskpNlp.Tests.Output;

[TestClass]
public sealed class CodePointMapTests
{
    [TestMethod]
    public void ToCodePoints_NoSurrogates_Identity()
    {
        var map = new CodePointMap("Kabul and Herat");
        Assert.AreEqual(10, map.ToCodePoints(10));
    }

    [TestMethod]
    public void ToCodePoints_AfterEmoji_CountsPairAsOne()
    {
        const string text = "📌 🇹🇯 Dushanbe";
        var map = new CodePointMap(text);
        int utf16 = text.IndexOf("Dushanbe", StringComparison.Ordinal);
        Assert.AreEqual(8, utf16);
        Assert.AreEqual(5, map.ToCodePoints(utf16));
        Assert.AreEqual(13, map.ToCodePoints(text.Length));
    }
}
