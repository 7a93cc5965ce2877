using System.Text;
using IskpNlp.Input;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class TextDecoderTests
{
    [TestMethod]
    public void TryDecode_Utf8WithBom_DropsBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Душанбе")];
        Assert.IsTrue(TextDecoder.TryDecode(bytes, out string text, out _));
        Assert.AreEqual("Душанбе", text);
    }

    [TestMethod]
    public void TryDecode_Utf16LittleEndianWithBom_Decodes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Kabul 🇦🇫")];
        Assert.IsTrue(TextDecoder.TryDecode(bytes, out string text, out _));
        Assert.AreEqual("Kabul 🇦🇫", text);
    }

    [TestMethod]
    public void TryDecode_Windows1252_DecodesCurlyQuotes()
    {
        byte[] bytes = [0x93, (byte)'I', (byte)'S', 0x94, (byte)' ', 0xE9];
        Assert.IsTrue(TextDecoder.TryDecode(bytes, out string text, out _));
        Assert.AreEqual("\u201CIS\u201D é", text);
    }

    [TestMethod]
    public void TryDecode_BinaryBytes_RefusesWithReason()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00];
        Assert.IsFalse(TextDecoder.TryDecode(bytes, out _, out string reason));
        StringAssert.Contains(reason, "binary");
    }

    [TestMethod]
    public void TryDecode_DeclaredCharset_Used()
    {
        byte[] bytes = System.Text.Encoding.GetEncoding("iso-8859-5").GetBytes("Душанбе");
        Assert.IsTrue(TextDecoder.TryDecode(bytes, "ISO-8859-5", out string text, out _));
        Assert.AreEqual("Душанбе", text);
    }

    [TestMethod]
    [DataRow("no-such-charset")]
    [DataRow("utf-8")]
    public void TryDecode_UnknownCharsetOrInvalidBytes_Sniffed(string charset)
    {
        byte[] bytes = [0x93, (byte)'I', (byte)'S', 0x94];
        Assert.IsTrue(TextDecoder.TryDecode(bytes, charset, out string text, out _));
        Assert.AreEqual("\u201CIS\u201D", text);
    }

    [TestMethod]
    public void DetectFileEncoding_InvalidUtf8LateInFile_Windows1252()
    {
        using var folder = new TempFolder();
        string path = folder.Bytes("x.csv", [.. Enumerable.Repeat((byte)'a', 200_000), 0xE9]);
        Assert.AreEqual(1252, TextDecoder.DetectFileEncoding(path).CodePage);
        string utf8 = folder.File("y.csv", new string('a', 100_000) + "é");
        Assert.AreEqual(65001, TextDecoder.DetectFileEncoding(utf8).CodePage);
    }
}
