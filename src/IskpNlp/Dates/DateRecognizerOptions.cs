using IskpNlp.Pipeline;

namespace IskpNlp.Dates;

/// <summary>Options of the <c>dates</c> stage (<see cref="DateRecognizer"/>), from its pipeline.yaml block.</summary>
internal sealed class DateRecognizerOptions
{
    /// <summary>How to read all-number dates such as 04/08/2024 (yaml <c>slash_order</c>: <c>mdy</c> or <c>dmy</c>).</summary>
    /// <value>The default is <see cref="SlashOrder.MonthDayYear"/> (<c>mdy</c>). Dotted dates (08.04.2024) are always day first.</value>
    public SlashOrder SlashOrder { get; init; } = SlashOrder.MonthDayYear;

    /// <summary>
    /// Whether sentences marked as page furniture still give their full dates ("Apr 08, 2024" under a byline);
    /// years and relative dates in furniture (© lines, "7 days of free access") never count.
    /// (yaml <c>furniture_full_dates</c>).
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool FurnitureFullDates { get; init; } = true;

    /// <summary>Reads the options from a <c>stages.dates</c> block; absent keys keep their defaults.</summary>
    /// <exception cref="PipelineConfigException">A value is not allowed (the message names the key, the value and what is allowed).</exception>
    public static DateRecognizerOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DateRecognizerOptions
        {
            SlashOrder = SlashOrders.Read(reader),
            FurnitureFullDates = reader.Boolean("furniture_full_dates", true),
        };
    }
}
