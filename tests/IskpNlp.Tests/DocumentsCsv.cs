using System.Globalization;
using CsvHelper;
using IskpNlp.Output;

namespace IskpNlp.Tests;

/// <summary>documents.csv of an output folder, read back as the spreadsheet would: one dictionary per row, by column name.</summary>
internal static class DocumentsCsv
{
    public static List<Dictionary<string, string>> Read(string folder)
    {
        using var reader = new StreamReader(Path.Combine(folder, OutputWriter.DocumentsFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        string[] header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetField(i) ?? "")).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal));
        }
        return rows;
    }
}
