using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// A JSON Lines file, read a line at a time: <c>id</c> and <c>text</c> required; <c>date</c>
/// (ISO 8601), <c>title</c>, <c>url</c> optional; other fields are ignored. A broken line becomes a
/// failed document named <c>FILE:LINE</c> with the reason, and reading goes on.
/// </summary>
public sealed class JsonlSource : IDocumentSource
{
    /// <summary>Longest line read; a longer one becomes a failed document.</summary>
    public const int MaxLineBytes = (int)FileDocumentReader.MaxFileBytes;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly string _path;

    public JsonlSource(string path)
    {
        _path = Path.GetFullPath(path);
    }

    public string Description => _path;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        int index = 0;
        string fileName = Path.GetFileName(_path);
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var stream = Utf8Stream(file);
        var reader = new ByteLineReader(stream, MaxLineBytes);
        int lineNumber = 0;
        while (reader.TryReadLine(out var line, out bool tooLong))
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (lineNumber == 1 && line.Span.StartsWith(Utf8Bom))
            {
                line = line[Utf8Bom.Length..];
            }
            if (!tooLong && IsBlank(line.Span))
            {
                continue;
            }
            if (index++ < start)
            {
                continue;
            }
            yield return tooLong
                ? SourceDocument.Failed($"{fileName}:{lineNumber}", $"{_path}:{lineNumber}", $"{fileName} line {lineNumber}: longer than {MaxLineBytes} bytes")
                : Parse(line, fileName, lineNumber);
        }
    }

    // JSON Lines is UTF-8; a UTF-16 file (with its byte-order mark) is transcoded rather than refused.
    private static Stream Utf8Stream(FileStream file)
    {
        Span<byte> head = stackalloc byte[2];
        int read = file.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        Encoding? utf16 = read == 2 && head[0] == 0xFF && head[1] == 0xFE ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true)
            : read == 2 && head[0] == 0xFE && head[1] == 0xFF ? new UnicodeEncoding(bigEndian: true, byteOrderMark: true)
            : null;
        file.Position = 0;
        return utf16 is null ? file : Encoding.CreateTranscodingStream(file, utf16, Encoding.UTF8, leaveOpen: true);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f"u8) < 0;

    private Document Parse(ReadOnlyMemory<byte> line, string fileName, int lineNumber)
    {
        string source = $"{_path}:{lineNumber}";
        string fallbackId = $"{fileName}:{lineNumber}";
        if (!Utf8.IsValid(line.Span))
        {
            // A decoder would put U+FFFD in silently; the line is refused and says why.
            int at = Utf8.ToUtf16(line.Span, new char[line.Length], out int bytesRead, out _, replaceInvalidSequences: false) == OperationStatus.InvalidData ? bytesRead : 0;
            return SourceDocument.Failed(fallbackId, source, $"{fileName} line {lineNumber}: not valid UTF-8 at byte {at} of the line (JSON Lines must be UTF-8)");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return SourceDocument.Failed(fallbackId, source, $"{fileName} line {lineNumber}: invalid JSON ({FirstLine(ex.Message)})");
        }
        using (json)
        {
            try
            {
                return FromJson(json.RootElement, fileName, lineNumber, source, fallbackId);
            }
            catch (InvalidOperationException ex)
            {
                // Valid JSON whose string escapes are not valid text, e.g. a lone surrogate "\ud800".
                return SourceDocument.Failed(fallbackId, source, $"{fileName} line {lineNumber}: a string is not valid Unicode ({FirstLine(ex.Message)})");
            }
        }
    }

    private static Document FromJson(JsonElement root, string fileName, int lineNumber, string source, string fallbackId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return SourceDocument.Failed(fallbackId, source, $"{fileName} line {lineNumber}: expected a JSON object, found {root.ValueKind}");
        }
        string? id = root.TryGetProperty("id", out var idElement) ? Scalar(idElement) : null;
        if (string.IsNullOrEmpty(id))
        {
            return SourceDocument.Failed(fallbackId, source, $"{fileName} line {lineNumber}: missing 'id'");
        }
        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return SourceDocument.Failed(id, source, $"{fileName} line {lineNumber}: missing or non-string 'text'");
        }
        string? dateText = root.TryGetProperty("date", out var dateElement) ? Scalar(dateElement) : null;
        if (!MetadataDate.TryParse(dateText, out var date))
        {
            return SourceDocument.Failed(id, source, $"{fileName} line {lineNumber}: 'date' is '{dateText}', not an ISO 8601 date");
        }
        var info = new DocumentInfo
        {
            Source = source,
            Title = root.TryGetProperty("title", out var title) ? Scalar(title) ?? "" : "",
            Url = root.TryGetProperty("url", out var url) ? Scalar(url) ?? "" : "",
            Date = date,
        };
        return new Document(id, textElement.GetString()!, info);
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
