using System.Globalization;

namespace IskpNlp.Input;

/// <summary>Parses the ISO 8601 date of input metadata ("2024-04-08", or a timestamp starting with one).</summary>
public static class MetadataDate
{
    public static bool TryParse(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        var span = value.AsSpan().Trim();
        if (span.Length >= 10 && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && (span.Length == 10 || span[10] is 'T' or ' '))
        {
            date = parsed;
            return true;
        }
        return false;
    }
}
