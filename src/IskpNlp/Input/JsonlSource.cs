using System.Text.Json;
using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// A JSON Lines file, read a line at a time: <c>id</c> and <c>text</c> required; <c>date</c>
/// (ISO 8601), <c>title</c>, <c>url</c> optional; other fields are ignored. A broken line becomes a
/// failed document named <c>FILE:LINE</c> with the reason, and reading goes on.
/// </summary>
public sealed class JsonlSource : IDocumentSource
{
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
        using var reader = new StreamReader(_path, detectEncodingFromByteOrderMarks: true);
        string fileName = Path.GetFileName(_path);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (index++ < start)
            {
                continue;
            }
            yield return Parse(line, fileName, lineNumber);
        }
    }

    private Document Parse(string line, string fileName, int lineNumber)
    {
        string source = $"{_path}:{lineNumber}";
        string fallbackId = $"{fileName}:{lineNumber}";
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
            var root = json.RootElement;
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
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
