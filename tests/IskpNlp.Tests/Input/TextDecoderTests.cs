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
}
