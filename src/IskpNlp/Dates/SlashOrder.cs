namespace IskpNlp.Dates;

/// <summary>How to read an all-number date such as <c>04/08/2024</c> whose first two fields could both be months.</summary>
internal enum SlashOrder : byte
{
    /// <summary>Month first, as in US English: 04/08/2024 is April 8 (yaml <c>mdy</c>).</summary>
    MonthDayYear,

    /// <summary>Day first: 04/08/2024 is 4 August (yaml <c>dmy</c>).</summary>
    DayMonthYear,
}
