namespace IskpNlp.Dates;

/// <summary>The granularity a date expression names, which decides the shape of its TIMEX3 value.</summary>
internal enum DateUnit : byte
{
    /// <summary>A calendar day (<c>2024-03-22</c>), also when named by a weekday.</summary>
    Day,

    /// <summary>An ISO week (<c>2024-W14</c>).</summary>
    Week,

    /// <summary>The weekend of an ISO week (<c>2024-W14-WE</c>).</summary>
    Weekend,

    /// <summary>A month (<c>2024-03</c>).</summary>
    Month,

    /// <summary>A season (<c>2024-SU</c>); <see cref="DateExpression.Part"/> is 1 spring, 2 summer, 3 autumn, 4 winter.</summary>
    Season,

    /// <summary>A quarter (<c>2024-Q1</c>); <see cref="DateExpression.Part"/> is 1 to 4.</summary>
    Quarter,

    /// <summary>A half year (<c>2024-H2</c>); <see cref="DateExpression.Part"/> is 1 or 2.</summary>
    Half,

    /// <summary>A year (<c>2024</c>).</summary>
    Year,

    /// <summary>A decade (<c>199X</c>); <see cref="DateExpression.Year"/> is its first year.</summary>
    Decade,
}
