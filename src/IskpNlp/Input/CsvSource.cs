using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// A CSV file with a header row; the id, text, date, title and url columns are named by
/// <see cref="InputOptions"/>. A record that cannot be read becomes a failed document naming its line.
/// </summary>
public sealed class CsvSource : IDocumentSource
{
    private readonly string _path;
    private readonly InputOptions _options;

    public CsvSource(string path, InputOptions options)
    {
        _path = Path.GetFullPath(path);
        _options = options;
    }

    public string Description => _path;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        string fileName = Path.GetFileName(_path);
        string? badField = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            // A stray quote inside an unquoted field is kept as text; an unterminated quoted field is reported below.
            BadDataFound = args => badField ??= args.Field,
            MissingFieldFound = null,
        };
        using var reader = new StreamReader(_path, TextDecoder.DetectFileEncoding(_path), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            if (start == 0)
            {
                yield return SourceDocument.Failed($"{fileName}:1", _path, $"{fileName}: no header row");
            }
            yield break;
        }
        int idIndex = Array.IndexOf(csv.HeaderRecord, _options.IdColumn);
        int textIndex = Array.IndexOf(csv.HeaderRecord, _options.TextColumn);
        if (idIndex < 0 || textIndex < 0)
        {
            string missing = idIndex < 0 ? _options.IdColumn : _options.TextColumn;
            if (start > 0)
            {
                yield break;
            }
            yield return SourceDocument.Failed($"{fileName}:1", _path,
                $"{fileName} line 1: no column '{missing}' (header has: {string.Join(", ", csv.HeaderRecord)}); set input.csv in pipeline.yaml");
            yield break;
        }
        int dateIndex = Array.IndexOf(csv.HeaderRecord, _options.DateColumn);
        int titleIndex = Array.IndexOf(csv.HeaderRecord, _options.TitleColumn);
        int urlIndex = Array.IndexOf(csv.HeaderRecord, _options.UrlColumn);
        int index = 0;
        int previousRow = csv.Parser.RawRow;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Document? document;
            bool skipped = index++ < start;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }
                if (skipped)
                {
                    badField = null;
                    previousRow = csv.Parser.RawRow;
                    continue;
                }
                // Fields are parsed lazily; touching them makes the parser report bad data now.
                _ = csv.Parser.Record;
                document = badField is not null && badField.StartsWith('"') && badField.Contains('\n')
                    ? Unterminated(csv, fileName, previousRow + 1)
                    : Parse(csv, fileName, previousRow + 1, idIndex, textIndex, dateIndex, titleIndex, urlIndex);
            }
            catch (CsvHelperException ex)
            {
                if (skipped)
                {
                    continue;
                }
                int line = ex.Context?.Parser?.RawRow ?? 0;
                document = SourceDocument.Failed($"{fileName}:{line}", _path, $"{fileName} line {line}: unreadable CSV record ({ex.GetType().Name})");
            }
            badField = null;
            previousRow = csv.Parser.RawRow;
            yield return document;
        }
    }

    // The quote never closes, so the field runs to the end of the file and swallows the records after it.
    private Document Unterminated(CsvReader csv, string fileName, int startLine)
    {
        string id = csv.Parser.Count > 0 && !string.IsNullOrEmpty(csv.Parser[0]) ? csv.Parser[0] : $"{fileName}:{startLine}";
        return SourceDocument.Failed(id, $"{_path}:{startLine}",
            $"{fileName} line {startLine}: a quoted field is never closed, so the lines from here to the end of the file could not be read as records");
    }

    private Document Parse(CsvReader csv, string fileName, int line, int idIndex, int textIndex, int dateIndex, int titleIndex, int urlIndex)
    {
        string source = $"{_path}:{line}";
        string? Field(int index) => index >= 0 && index < csv.Parser.Count ? csv.GetField(index) : null;
        string? id = Field(idIndex);
        if (string.IsNullOrEmpty(id))
        {
            return SourceDocument.Failed($"{fileName}:{line}", source, $"{fileName} line {line}: empty '{_options.IdColumn}'");
        }
        string? text = Field(textIndex);
        if (text is null)
        {
            return SourceDocument.Failed(id, source, $"{fileName} line {line}: missing '{_options.TextColumn}'");
        }
        string? dateText = Field(dateIndex);
        if (!MetadataDate.TryParse(dateText, out var date))
        {
            return SourceDocument.Failed(id, source, $"{fileName} line {line}: '{_options.DateColumn}' is '{dateText}', not an ISO 8601 date");
        }
        return new Document(id, text, new DocumentInfo { Source = source, Title = Field(titleIndex) ?? "", Url = Field(urlIndex) ?? "", Date = date });
    }
}
