namespace IskpNlp.Dates;

/// <summary>The roles a word can play around a date; one word may have several ("last": relative and ordinal).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Month = 1 << 0,
    Weekday = 1 << 1,
    Season = 1 << 2,

    /// <summary>day, week, weekend, month, year, decade, quarter and their plurals.</summary>
    Unit = 1 << 3,

    /// <summary>first … fourth, 1st … 4th, last, final: for "first half of", "third quarter of".</summary>
    Ordinal = 1 << 4,

    /// <summary>a, an, one … twenty: counts in "two years ago" (read back from "ago").</summary>
    NumberWord = 1 << 5,

    /// <summary>last, this, next: "last year", "this summer", "next Friday".</summary>
    Relative = 1 << 6,

    /// <summary>early, late, mid: kept in the span, the value is that of what follows.</summary>
    Modifier = 1 << 7,

    /// <summary>Words before a capitalised month that show it is the month ("in", "since", "until"...).</summary>
    MonthContext = 1 << 8,

    /// <summary>Words near a month, day or weekday without a year that show the sentence speaks of the future.</summary>
    FutureCue = 1 << 9,

    /// <summary>Nouns after a number that make it a count or measure, not a year ("2000 fighters", "1500 km").</summary>
    QuantityNoun = 1 << 10,

    /// <summary>Words before a number that make it a label, amount or count ("Resolution 2254", "No. 2019", "about 2000").</summary>
    NumberLabel = 1 << 11,

    /// <summary>Words that close a look-back for future cues: reporting verbs and clause breaks.</summary>
    CueBarrier = 1 << 12,

    /// <summary>Joins two dates of a range or list: and, or, to, through, until, "-".</summary>
    Connector = 1 << 13,

    /// <summary>Words after a weekday that make it a habit, not a day ("Friday prayers").</summary>
    WeekdayHabit = 1 << 14,

    /// <summary>"the" and possessive determiners: before a year they make "the 2024 elections" a year, not a count.</summary>
    Determiner = 1 << 15,

    /// <summary>end, beginning, start, middle: "end of 2023", "beginning of March".</summary>
    PartOf = 1 << 16,

    /// <summary>Words after "today" or before it that make it "nowadays" ("even today", "until today").</summary>
    TodayVague = 1 << 17,

    /// <summary>about, nearly, more than...: before a number they make it a count unless the number ends a clause.</summary>
    Approximator = 1 << 18,

    /// <summary>yesterday (-1), today (0), tomorrow (+1): <see cref="DateWord.Number"/> is the day offset.</summary>
    DayWord = 1 << 19,

    /// <summary>Q1–Q4 and H1–H2: <see cref="DateWord.Unit"/> says which, <see cref="DateWord.Number"/> the part.</summary>
    PeriodCode = 1 << 20,

    /// <summary>"nineties", "eighties"...: <see cref="DateWord.Number"/> is the decade's first year.</summary>
    DecadeWord = 1 << 21,

    /// <summary>"ago": "two years ago" is read back from it, so that common words like "a" and "two" start nothing.</summary>
    Ago = 1 << 22,
}
