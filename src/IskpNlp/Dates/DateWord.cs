namespace IskpNlp.Dates;

/// <summary>What the date lexicon knows about one word; the numbers apply to the matching <see cref="Classes"/>.</summary>
/// <param name="Classes">The roles the word can play.</param>
/// <param name="Month">1–12 for a month name or abbreviation.</param>
/// <param name="Weekday">The weekday, for a weekday name.</param>
/// <param name="Season">1 spring, 2 summer, 3 autumn, 4 winter.</param>
/// <param name="Number">The ordinal's or number word's value (last and final: 0).</param>
/// <param name="Unit">The unit a unit word names (a decade is 10 years: <see cref="DateUnit.Decade"/>).</param>
/// <param name="IsAbbreviation">"Apr", "Sept", "Fri": a month or weekday that counts only next to a number.</param>
/// <param name="IsPlural">"years", "days": for counts in "two years ago".</param>
internal readonly record struct DateWord(
    WordClass Classes,
    int Month = 0,
    DayOfWeek Weekday = DayOfWeek.Sunday,
    int Season = 0,
    int Number = 0,
    DateUnit Unit = DateUnit.Day,
    bool IsAbbreviation = false,
    bool IsPlural = false)
{
    public bool Is(WordClass wordClass) => (Classes & wordClass) != 0;
}
