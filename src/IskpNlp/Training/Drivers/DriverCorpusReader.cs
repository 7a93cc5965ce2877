using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using IskpNlp.Documents;

namespace IskpNlp.Training.Drivers;

/// <summary>
/// Reads and validates a driver training file (columns <c>text</c>, <c>is_driver</c>, <c>categories</c>).
/// The first problem stops the read with the file, the line and what is wrong.
/// </summary>
public static class DriverCorpusReader
{
    public static readonly string[] Columns = ["text", "is_driver", "categories"];

    /// <exception cref="FormatException">A column is missing or a record is invalid.</exception>
    public static IReadOnlyList<DriverExample> Read(string path)
    {
        string name = Path.GetFileName(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false };
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FormatException($"{name} line 1: no header row; expected {string.Join(",", Columns)}");
        }
        var header = csv.HeaderRecord.Select(h => h.Trim()).ToArray();
        foreach (string column in Columns)
        {
            if (!header.Contains(column, StringComparer.Ordinal))
            {
                throw new FormatException($"{name} line 1: missing column '{column}'; expected {string.Join(",", Columns)}, found {string.Join(",", header)}");
            }
        }
        int textIndex = Array.IndexOf(header, "text"), driverIndex = Array.IndexOf(header, "is_driver"), categoriesIndex = Array.IndexOf(header, "categories");
        var examples = new List<DriverExample>();
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                throw new FormatException($"{name} line {csv.Parser.RawRow}: unreadable CSV ({ex.GetType().Name})", ex);
            }
            if (!more)
            {
                break;
            }
            int line = csv.Parser.RawRow;
            string Field(int index) => index < csv.Parser.Count ? csv.GetField(index) ?? "" : "";
            string text = Field(textIndex).Trim();
            if (text.Length == 0)
            {
                throw new FormatException($"{name} line {line}: empty text");
            }
            string driverValue = Field(driverIndex).Trim();
            bool isDriver = driverValue switch
            {
                "1" => true,
                "0" => false,
                _ => throw new FormatException($"{name} line {line}: is_driver must be 0 or 1, not '{driverValue}'"),
            };
            var categories = new HashSet<DriverCategory>();
            foreach (string part in Field(categoriesIndex).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Labels.TryParseCategory(part, out var category))
                {
                    throw new FormatException($"{name} line {line}: unknown category '{part}'; categories: {string.Join(", ", Labels.CategoryNames)}");
                }
                categories.Add(category);
            }
            if (isDriver && categories.Count == 0)
            {
                throw new FormatException($"{name} line {line}: a driver sentence (is_driver 1) needs at least one category");
            }
            if (!isDriver && categories.Count > 0)
            {
                throw new FormatException($"{name} line {line}: a non-driver sentence (is_driver 0) cannot have categories");
            }
            examples.Add(new DriverExample(text, isDriver, categories, line));
        }
        if (examples.Count == 0)
        {
            throw new FormatException($"{name}: no sentences");
        }
        return examples;
    }
}
