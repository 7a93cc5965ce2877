using IskpNlp.Dates;

namespace IskpNlp.Tests.Dates;

[TestClass]
public sealed class TimexResolverTests
{
    private static readonly DateOnly Monday = new(2024, 4, 8);

    [TestMethod]
    [DataRow("Day", 2024, 3, 22, 0, "2024-03-22")]
    [DataRow("Month", 2023, 8, 0, 0, "2023-08")]
    [DataRow("Year", 2019, 0, 0, 0, "2019")]
    [DataRow("Season", 2024, 0, 0, 2, "2024-SU")]
    [DataRow("Season", 2024, 0, 0, 4, "2024-WI")]
    [DataRow("Quarter", 2024, 0, 0, 1, "2024-Q1")]
    [DataRow("Half", 2024, 0, 0, 2, "2024-H2")]
    [DataRow("Decade", 1990, 0, 0, 0, "199X")]
    [DataRow("Decade", 2000, 0, 0, 0, "200X")]
    public void Resolve_Absolute_FormatsWithoutDocumentDate(string unit, int year, int month, int day, int part, string expected)
    {
        var expression = new DateExpression(Enum.Parse<DateUnit>(unit), DateAnchor.Absolute, year, month, day, part);
        Assert.AreEqual(expected, TimexResolver.Resolve(expression, null));
    }

    [TestMethod]
    public void Resolve_ImpossibleDay_Empty()
    {
        Assert.AreEqual("", TimexResolver.Resolve(DateExpression.AbsoluteDay(2023, 2, 29), Monday));
        Assert.AreEqual("2024-02-29", TimexResolver.Resolve(DateExpression.AbsoluteDay(2024, 2, 29), Monday));
    }

    [TestMethod]
    public void Resolve_RelativeWithoutDocumentDate_Empty()
    {
        Assert.AreEqual("", TimexResolver.Resolve(new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: 3), null));
        Assert.AreEqual("", TimexResolver.Resolve(new DateExpression(DateUnit.Year, DateAnchor.Last), null));
        Assert.AreEqual("", TimexResolver.Resolve(new DateExpression(DateUnit.Day, DateAnchor.Offset, Offset: -1), null));
    }

    [TestMethod]
    [DataRow(3, 22, false, "2024-03-22")]
    [DataRow(4, 8, false, "2024-04-08")]
    [DataRow(4, 9, false, "2023-04-09")]
    [DataRow(12, 12, false, "2023-12-12")]
    [DataRow(5, 5, true, "2024-05-05")]
    [DataRow(3, 22, true, "2025-03-22")]
    [DataRow(4, 8, true, "2024-04-08")]
    public void Resolve_MonthDayWithoutYear_MostRecentOrNextWhenFuture(int month, int day, bool future, string expected)
    {
        var expression = new DateExpression(DateUnit.Day, DateAnchor.Implicit, Month: month, Day: day, Future: future);
        Assert.AreEqual(expected, TimexResolver.Resolve(expression, Monday));
    }

    [TestMethod]
    [DataRow(4, false, "2024-04")]
    [DataRow(8, false, "2023-08")]
    [DataRow(8, true, "2024-08")]
    [DataRow(1, true, "2025-01")]
    public void Resolve_MonthWithoutYear_MostRecentOrNextWhenFuture(int month, bool future, string expected)
    {
        var expression = new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: month, Future: future);
        Assert.AreEqual(expected, TimexResolver.Resolve(expression, Monday));
    }

    [TestMethod]
    [DataRow("Implicit", DayOfWeek.Friday, false, "2024-04-05")]
    [DataRow("Implicit", DayOfWeek.Monday, false, "2024-04-08")]
    [DataRow("Implicit", DayOfWeek.Tuesday, false, "2024-04-02")]
    [DataRow("Implicit", DayOfWeek.Tuesday, true, "2024-04-09")]
    [DataRow("Implicit", DayOfWeek.Monday, true, "2024-04-15")]
    [DataRow("Last", DayOfWeek.Monday, false, "2024-04-01")]
    [DataRow("Last", DayOfWeek.Friday, false, "2024-04-05")]
    [DataRow("This", DayOfWeek.Friday, false, "2024-04-12")]
    [DataRow("This", DayOfWeek.Sunday, false, "2024-04-14")]
    [DataRow("Next", DayOfWeek.Monday, false, "2024-04-15")]
    public void Resolve_Weekday_FromDocumentDate(string anchor, DayOfWeek weekday, bool future, string expected)
    {
        var expression = new DateExpression(DateUnit.Day, Enum.Parse<DateAnchor>(anchor), Weekday: weekday, Future: future);
        Assert.AreEqual(expected, TimexResolver.Resolve(expression, Monday));
    }

    [TestMethod]
    [DataRow("Week", "Last", "2024-W14")]
    [DataRow("Week", "This", "2024-W15")]
    [DataRow("Week", "Next", "2024-W16")]
    [DataRow("Weekend", "Last", "2024-W14-WE")]
    [DataRow("Month", "Last", "2024-03")]
    [DataRow("Month", "This", "2024-04")]
    [DataRow("Month", "Next", "2024-05")]
    [DataRow("Quarter", "Last", "2024-Q1")]
    [DataRow("Quarter", "This", "2024-Q2")]
    [DataRow("Year", "Last", "2023")]
    [DataRow("Year", "This", "2024")]
    [DataRow("Year", "Next", "2025")]
    public void Resolve_LastThisNextUnit_ShiftsFromDocumentDate(string unit, string anchor, string expected)
    {
        Assert.AreEqual(expected, TimexResolver.Resolve(new DateExpression(Enum.Parse<DateUnit>(unit), Enum.Parse<DateAnchor>(anchor)), Monday));
    }

    [TestMethod]
    public void Resolve_IsoWeekAcrossYearEnd_UsesIsoYear()
    {
        // 2021-01-01 is a Friday in ISO week 53 of 2020.
        Assert.AreEqual("2020-W53", TimexResolver.Resolve(new DateExpression(DateUnit.Week, DateAnchor.This), new DateOnly(2021, 1, 1)));
    }

    [TestMethod]
    [DataRow(8, "Last", "2023-08")]
    [DataRow(3, "Last", "2024-03")]
    [DataRow(4, "Last", "2023-04")]
    [DataRow(3, "Next", "2025-03")]
    [DataRow(6, "Next", "2024-06")]
    [DataRow(3, "This", "2024-03")]
    public void Resolve_NamedMonthWithLastThisNext_PicksTheYear(int month, string anchor, string expected)
    {
        Assert.AreEqual(expected, TimexResolver.Resolve(new DateExpression(DateUnit.Month, Enum.Parse<DateAnchor>(anchor), Month: month), Monday));
    }

    [TestMethod]
    [DataRow(2, "This", "2024-SU")]
    [DataRow(2, "Last", "2023-SU")]
    [DataRow(2, "Next", "2024-SU")]
    [DataRow(1, "Last", "2023-SP")]
    [DataRow(1, "Next", "2025-SP")]
    public void Resolve_SeasonWithLastThisNext_PicksTheYear(int season, string anchor, string expected)
    {
        Assert.AreEqual(expected, TimexResolver.Resolve(new DateExpression(DateUnit.Season, Enum.Parse<DateAnchor>(anchor), Part: season), Monday));
    }

    [TestMethod]
    [DataRow("Day", -1, "2024-04-07")]
    [DataRow("Day", 0, "2024-04-08")]
    [DataRow("Day", 1, "2024-04-09")]
    [DataRow("Week", -2, "2024-W13")]
    [DataRow("Month", -3, "2024-01")]
    [DataRow("Year", -2, "2022")]
    [DataRow("Year", -10, "2014")]
    public void Resolve_Offset_CountsFromDocumentDate(string unit, int offset, string expected)
    {
        Assert.AreEqual(expected, TimexResolver.Resolve(new DateExpression(Enum.Parse<DateUnit>(unit), DateAnchor.Offset, Offset: offset), Monday));
    }

    [TestMethod]
    public void Resolve_YearRelative_MovesTheDocumentYear()
    {
        Assert.AreEqual("2023-03", TimexResolver.Resolve(new DateExpression(DateUnit.Month, DateAnchor.YearRelative, Month: 3, Offset: -1), Monday));
        Assert.AreEqual("2024-H1", TimexResolver.Resolve(new DateExpression(DateUnit.Half, DateAnchor.YearRelative, Part: 1), Monday));
    }

    [TestMethod]
    public void Resolve_SameInput_SameValue()
    {
        var expression = new DateExpression(DateUnit.Day, DateAnchor.Implicit, Weekday: DayOfWeek.Friday);
        Assert.AreEqual(TimexResolver.Resolve(expression, Monday), TimexResolver.Resolve(expression, Monday));
    }

    // Fuzzing (tests/IskpNlp.Fuzz, seed 20251127, inputs 19857 and others) threw ArgumentOutOfRangeException
    // here: a relative date in a document dated at either end of the calendar (0001-01-01 is a placeholder
    // some exports use). Past the end of the calendar there is no date to name.
    [TestMethod]
    [DataRow("Day", "Offset", -1, null, "0001-01-01")]
    [DataRow("Week", "Offset", -2, null, "0001-01-01")]
    [DataRow("Month", "Offset", -1, null, "0001-01-01")]
    [DataRow("Day", "Last", 0, null, "0001-01-01")]
    [DataRow("Month", "Last", 0, null, "0001-01-01")]
    [DataRow("Quarter", "Last", 0, null, "0001-01-01")]
    [DataRow("Day", "Implicit", 0, DayOfWeek.Tuesday, "0001-01-01")]
    [DataRow("Day", "Offset", 1, null, "9999-12-31")]
    [DataRow("Week", "Next", 0, null, "9999-12-31")]
    [DataRow("Month", "Next", 0, null, "9999-12-31")]
    [DataRow("Weekend", "Next", 0, null, "9999-12-31")]
    public void Resolve_RelativePastTheEndOfTheCalendar_EmptyNotAnException(string unit, string anchor, int offset, DayOfWeek? weekday, string documentDate)
    {
        var expression = new DateExpression(Enum.Parse<DateUnit>(unit), Enum.Parse<DateAnchor>(anchor), Weekday: weekday, Offset: offset);
        Assert.AreEqual("", TimexResolver.Resolve(expression, DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestMethod]
    public void Resolve_RelativeNearTheEndOfTheCalendar_StillResolved()
    {
        Assert.AreEqual("9999-12-30", TimexResolver.Resolve(new DateExpression(DateUnit.Day, DateAnchor.Offset, Offset: -1), DateOnly.MaxValue));
    }
}
