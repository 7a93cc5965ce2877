namespace IskpNlp.Dates;

/// <summary>How a date expression is tied to the calendar: on its own, or through the document date.</summary>
internal enum DateAnchor : byte
{
    /// <summary>The text gives the year ("March 22, 2024", "2019", "the 1990s"): no document date needed.</summary>
    Absolute,

    /// <summary>
    /// A month, day, weekday, season or quarter without a year ("March 22", "on Friday"): the most recent
    /// one not after the document date, or the next one when <see cref="DateExpression.Future"/> is set.
    /// </summary>
    Implicit,

    /// <summary>"last month", "last August", "last Friday": the one before the document date's.</summary>
    Last,

    /// <summary>"this year", "this summer", "earlier this month": the one the document date falls in.</summary>
    This,

    /// <summary>"next week", "next March": the one after the document date's.</summary>
    Next,

    /// <summary>
    /// <see cref="DateExpression.Offset"/> units from the document date: "two years ago" (-2 years),
    /// "yesterday" (-1 day), "today" (0 days).
    /// </summary>
    Offset,

    /// <summary>
    /// A month, day, season, quarter or half of the document's year moved by <see cref="DateExpression.Offset"/>
    /// years: "March of last year" (-1), "January of this year" (0).
    /// </summary>
    YearRelative,
}
