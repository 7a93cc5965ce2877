using System.Globalization;

namespace IskpNlp.Dates;

/// <summary>
/// Turns a parsed <see cref="DateExpression"/> into its TIMEX3 value (EXTRACTION.md, "Date values"),
/// given the document date. Pure: it never reads the clock, so the same input always gives the same value.
/// </summary>
internal static class TimexResolver
{
    private static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    /// <summary>
    /// The TIMEX3 value of <paramref name="expression"/>: <c>2024-03-22</c>, <c>2024-03</c>, <c>2024</c>,
    /// <c>2024-SU</c>, <c>2024-Q1</c>, <c>2024-H2</c>, <c>2024-W14</c>, <c>2024-W14-WE</c> or <c>199X</c>.
    /// </summary>
    /// <returns>The value, or "" when the expression needs a document date and there is none, or names no real date.</returns>
    public static string Resolve(in DateExpression expression, DateOnly? documentDate)
    {
        if (expression.Anchor == DateAnchor.Absolute)
        {
            return Format(expression, expression.Year);
        }
        if (documentDate is not { } today)
        {
            return "";
        }
        try
        {
            return expression.Anchor switch
            {
                DateAnchor.Implicit => ResolveImplicit(expression, today),
                DateAnchor.Last or DateAnchor.This or DateAnchor.Next => ResolveShifted(expression, today),
                DateAnchor.Offset => ResolveOffset(expression, today),
                DateAnchor.YearRelative => Format(expression, today.Year + expression.Offset),
                _ => "",
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // The calendar ends at 0001-01-01 and 9999-12-31 (found by fuzzing: "yesterday" in a document
            // dated 0001-01-01, a placeholder some exports use); a date past either end names no real date.
            return "";
        }
    }

    /// <summary>The value of a unit named with its year; "" for an impossible date such as February 30.</summary>
    private static string Format(in DateExpression e, int year)
    {
        if (year is < 1 or > 9999)
        {
            return "";
        }
        return e.Unit switch
        {
            DateUnit.Day => IsValidDay(year, e.Month, e.Day) ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{e.Month:D2}-{e.Day:D2}") : "",
            DateUnit.Month => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{e.Month:D2}"),
            DateUnit.Season => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{SeasonCodes[e.Part]}"),
            DateUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{e.Part}"),
            DateUnit.Half => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{e.Part}"),
            DateUnit.Year => string.Create(CultureInfo.InvariantCulture, $"{year:D4}"),
            DateUnit.Decade => string.Create(CultureInfo.InvariantCulture, $"{year / 10:D3}X"),
            _ => "",
        };
    }

    private static string ResolveImplicit(in DateExpression e, DateOnly today)
    {
        if (e.Unit == DateUnit.Day && e.Weekday is { } weekday)
        {
            return FormatDay(e.Future ? NextWeekday(today, weekday) : LastWeekday(today, weekday, includeToday: true));
        }
        // The year that makes it the most recent such date not after the document date; or, for a
        // sentence about the future, the first one not before it.
        int year = today.Year;
        int cmp = CompareInYear(e, today);
        if (e.Future)
        {
            return Format(e, cmp < 0 ? year + 1 : year);
        }
        return Format(e, cmp > 0 ? year - 1 : year);
    }

    private static string ResolveShifted(in DateExpression e, DateOnly today)
    {
        int step = e.Anchor switch
        {
            DateAnchor.Last => -1,
            DateAnchor.Next => 1,
            _ => 0,
        };
        if (e.Unit == DateUnit.Day && e.Weekday is { } weekday)
        {
            return e.Anchor switch
            {
                DateAnchor.Last => FormatDay(LastWeekday(today, weekday, includeToday: false)),
                DateAnchor.Next => FormatDay(NextWeekday(today, weekday)),
                _ => FormatDay(WeekStart(today).AddDays(((int)weekday + 6) % 7)),
            };
        }
        if (e.Month > 0 || (e.Part > 0 && e.Unit is DateUnit.Season or DateUnit.Quarter or DateUnit.Half))
        {
            // A named month or season: "last August" is the August before the document's current one,
            // "next March" the first March after it, "this summer" the one of the document's year.
            int cmp = CompareInYear(e, today);
            int year = e.Anchor switch
            {
                DateAnchor.Last => cmp < 0 ? today.Year : today.Year - 1,
                DateAnchor.Next => cmp > 0 ? today.Year : today.Year + 1,
                _ => today.Year,
            };
            return Format(e, year);
        }
        return e.Unit switch
        {
            DateUnit.Week => FormatWeek(today.AddDays(7 * step), weekend: false),
            DateUnit.Weekend => FormatWeek(today.AddDays(7 * step), weekend: true),
            DateUnit.Month => FormatMonth(today.AddMonths(step)),
            DateUnit.Quarter => FormatQuarter(today.AddMonths(3 * step)),
            DateUnit.Year => string.Create(CultureInfo.InvariantCulture, $"{today.Year + step:D4}"),
            DateUnit.Day => FormatDay(today.AddDays(step)),
            _ => "",
        };
    }

    private static string ResolveOffset(in DateExpression e, DateOnly today)
    {
        int n = e.Offset;
        return e.Unit switch
        {
            DateUnit.Day => FormatDay(today.AddDays(n)),
            DateUnit.Week => FormatWeek(today.AddDays(7 * n), weekend: false),
            DateUnit.Month => FormatMonth(today.AddMonths(n)),
            DateUnit.Year => string.Create(CultureInfo.InvariantCulture, $"{today.Year + n:D4}"),
            _ => "",
        };
    }

    /// <summary>
    /// Where the expression's month/day (or season, quarter, half) falls against the document date within
    /// one year: negative before, 0 on or containing it, positive after.
    /// </summary>
    private static int CompareInYear(in DateExpression e, DateOnly today)
    {
        return e.Unit switch
        {
            DateUnit.Day => e.Month != today.Month ? e.Month.CompareTo(today.Month) : e.Day.CompareTo(today.Day),
            DateUnit.Month => e.Month.CompareTo(today.Month),
            DateUnit.Season => InSeason(e.Part, today.Month) ? 0 : SeasonStart(e.Part).CompareTo(today.Month),
            DateUnit.Quarter => e.Part.CompareTo((today.Month + 2) / 3),
            DateUnit.Half => e.Part.CompareTo((today.Month + 5) / 6),
            _ => 0,
        };
    }

    /// <summary>First month of a season: spring March, summer June, autumn September, winter December.</summary>
    private static int SeasonStart(int season) => season * 3;

    private static bool InSeason(int season, int month) => season == 4 ? month is 12 or 1 or 2 : month >= SeasonStart(season) && month < SeasonStart(season) + 3;

    private static DateOnly LastWeekday(DateOnly today, DayOfWeek weekday, bool includeToday)
    {
        int back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && !includeToday)
        {
            back = 7;
        }
        return today.AddDays(-back);
    }

    private static DateOnly NextWeekday(DateOnly today, DayOfWeek weekday)
    {
        int ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The Monday of the ISO week holding <paramref name="day"/>.</summary>
    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string FormatDay(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}");

    private static string FormatMonth(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-{d.Month:D2}");

    private static string FormatQuarter(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year:D4}-Q{(d.Month + 2) / 3}");

    private static string FormatWeek(DateOnly d, bool weekend)
    {
        var time = d.ToDateTime(TimeOnly.MinValue);
        string week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(time):D4}-W{ISOWeek.GetWeekOfYear(time):D2}");
        return weekend ? week + "-WE" : week;
    }

    
}
