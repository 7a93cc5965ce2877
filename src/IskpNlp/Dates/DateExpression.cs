namespace IskpNlp.Dates;

/// <summary>
/// What a date expression says, before it is tied to a document date: the parsed form that
/// <see cref="TimexResolver"/> turns into a TIMEX3 value.
/// </summary>
/// <param name="Unit">The granularity named.</param>
/// <param name="Anchor">How the expression is tied to the calendar.</param>
/// <param name="Year">The year given by the text (for a decade, its first year); 0 when the text gives none.</param>
/// <param name="Month">1 to 12; 0 when none.</param>
/// <param name="Day">1 to 31; 0 when none.</param>
/// <param name="Part">Season (1 spring … 4 winter), quarter (1–4) or half (1–2); 0 when none.</param>
/// <param name="Weekday">The weekday named ("Friday"), for a <see cref="DateUnit.Day"/> without month.</param>
/// <param name="Offset">Units (or years, for <see cref="DateAnchor.YearRelative"/>) from the document date.</param>
/// <param name="Future">The sentence speaks of the future near the expression ("will", "upcoming"), so a date
/// without a year is the next one rather than the last one.</param>
internal readonly record struct DateExpression(
    DateUnit Unit,
    DateAnchor Anchor,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    int Part = 0,
    DayOfWeek? Weekday = null,
    int Offset = 0,
    bool Future = false)
{
    /// <summary>A full calendar date written with its year: what a dateline must hold.</summary>
    public bool IsFullDate => Anchor == DateAnchor.Absolute && Unit == DateUnit.Day && Month > 0 && Day > 0;

    public static DateExpression AbsoluteDay(int year, int month, int day) => new(DateUnit.Day, DateAnchor.Absolute, year, month, day);
}
