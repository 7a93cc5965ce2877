using System.Text;

namespace IskpNlp.Input;

/// <summary>
/// Turns a file's bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else,
/// when the bytes are text-like, Windows-1252 (the usual encoding of older Western web pages);
/// binary content is refused with a reason.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> with the <paramref name="charset"/> a server or file declared,
    /// when there is no byte-order mark, the charset is one this program knows and the bytes are valid
    /// in it; otherwise as <see cref="TryDecode(ReadOnlySpan{byte}, out string, out string)"/> does.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string? charset, out string text, out string reason)
    {
        if (!string.IsNullOrWhiteSpace(charset) && !HasByteOrderMark(bytes) && !LooksBinary(bytes))
        {
            try
            {
                var encoding = Encoding.GetEncoding(charset.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                text = encoding.GetString(bytes);
                reason = "";
                return true;
            }
            catch (ArgumentException)
            {
                // An unknown charset name, or bytes invalid in it (DecoderFallbackException): sniff instead.
            }
        }
        return TryDecode(bytes, out text, out reason);
    }

    /// <summary>
    /// The encoding of a text file too big to hold as bytes (CSV inputs): a byte-order mark decides;
    /// else UTF-8 when the whole file is valid UTF-8 (checked streaming); else Windows-1252, the
    /// encoding of spreadsheets saved as "CSV" on Western Windows.
    /// </summary>
    public static Encoding DetectFileEncoding(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        byte[] buffer = new byte[1 << 16];
        int read = stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, read);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        }
        var decoder = StrictUtf8.GetDecoder();
        char[] chars = new char[buffer.Length + 1];
        try
        {
            while (read > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                read = stream.Read(buffer, 0, buffer.Length);
            }
            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>Decodes <paramref name="bytes"/>; returns false with a one-line reason when they are not text.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason)
    {
        reason = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryStrict(StrictUtf8, bytes[3..], "UTF-8", out text, out reason);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TryStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16LE", out text, out reason);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16BE", out text, out reason);
        }
        if (LooksBinary(bytes))
        {
            text = "";
            reason = "binary content (NUL or control bytes), not text";
            return false;
        }
        if (TryStrict(StrictUtf8, bytes, "UTF-8", out text, out _))
        {
            return true;
        }
        text = Encoding.GetEncoding(1252).GetString(bytes);
        return true;
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string text, out string reason)
    {
        try
        {
            text = encoding.GetString(bytes);
            reason = "";
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            reason = $"invalid {name} at byte {ex.Index}";
            return false;
        }
    }

    // Text files have no NUL bytes and few C0 controls; a few stray ones are tolerated.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }
        return sample > 0 && controls * 20 > sample;
    }
}
