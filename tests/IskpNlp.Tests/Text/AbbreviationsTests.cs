using IskpNlp.Text;

namespace IskpNlp.Tests.Text;

[TestClass]
public sealed class AbbreviationsTests
{
    [TestMethod]
    [DataRow("U.S", true)]
    [DataRow("e.g", true)]
    [DataRow("Ph.D", true)]
    [DataRow("U.S.A", true)]
    [DataRow("US", false)]
    [DataRow("example.com", false)]
    [DataRow("3.5", false)]
    [DataRow("U..S", false)]
    public void IsDottedInitialism_Word_IsExpected(string word, bool expected)
    {
        Assert.AreEqual(expected, Abbreviations.IsDottedInitialism(word));
    }

    [TestMethod]
    [DataRow("Gen", true)]
    [DataRow("Jan", true)]
    [DataRow("etc", true)]
    [DataRow("gen", false)]
    [DataRow("General", false)]
    public void IsDefault_Word_IsCaseSensitive(string word, bool expected)
    {
        Assert.AreEqual(expected, Abbreviations.IsDefault(word));
    }
}
