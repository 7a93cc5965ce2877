using System.Globalization;

namespace IskpNlp.Tests.Dates;

/// <summary>One row of date-cases.tsv: a sentence, its document date, the expected "text=value" mentions, and flags.</summary>
internal sealed record DateCase(int Line, string Sentence, DateOnly? DocumentDate, IReadOnlyList<string> Expected, bool DayFirst, bool KnownMiss)
{
    public const string FileName = "Dates/date-cases.tsv";

    private static readonly Lazy<IReadOnlyList<DateCase>> All = new(Read);

    /// <summary>The table's rows, read once per test run.</summary>
    public static IReadOnlyList<DateCase> Load() => All.Value;

    private static IReadOnlyList<DateCase> Read()
    {
        string path = Path.Combine(AppContext.BaseDirectory, FileName);
        var cases = new List<DateCase>();
        string[] lines = File.ReadAllLines(path);
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] columns = line.Split('\t');
            DateOnly? date = columns[1] == "-" ? null : DateOnly.ParseExact(columns[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            string expected = columns.Length > 2 ? columns[2] : "";
            string flags = columns.Length > 3 ? columns[3] : "";
            cases.Add(new DateCase(
                n + 1,
                columns[0],
                date,
                expected.Length == 0 ? [] : expected.Split(" ; "),
                flags.Contains("dmy", StringComparison.Ordinal),
                flags.Contains("known", StringComparison.Ordinal)));
        }
        return cases;
    }

    public override string ToString() => $"line {Line}: {Sentence}";
}
