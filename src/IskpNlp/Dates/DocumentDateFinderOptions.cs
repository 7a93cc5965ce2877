using System.Globalization;
using IskpNlp.Pipeline;

namespace IskpNlp.Dates;

/// <summary>Options of the <c>document_date</c> stage (<see cref="DocumentDateFinder"/>), from its pipeline.yaml block.</summary>
internal sealed class DocumentDateFinderOptions
{
    /// <summary>
    /// The date used when neither the metadata nor a dateline gives one (yaml <c>fallback_date</c>, ISO
    /// 8601 such as <c>2024-04-08</c>; the CLI's <c>--doc-date</c> sets it).
    /// </summary>
    /// <value>The default is <see langword="null"/>: no fallback, relative dates stay without a value.</value>
    public DateOnly? FallbackDate { get; init; }

    /// <summary>How many non-empty lines from the top of the text are searched for a dateline (yaml <c>dateline_lines</c>).</summary>
    /// <value>The default is 15.</value>
    public int DatelineLines { get; init; } = 15;

    /// <summary>How many characters from the top of the text are searched for a dateline (yaml <c>dateline_chars</c>).</summary>
    /// <value>The default is 1,500.</value>
    public int DatelineChars { get; init; } = 1500;

    /// <summary>How to read an all-number dateline such as 04/08/2024 (yaml <c>slash_order</c>: <c>mdy</c> or <c>dmy</c>).</summary>
    /// <value>The default is <see cref="SlashOrder.MonthDayYear"/>.</value>
    public SlashOrder SlashOrder { get; init; } = SlashOrder.MonthDayYear;

    /// <summary>Reads the options from a <c>stages.document_date</c> block; absent keys keep their defaults.</summary>
    /// <exception cref="PipelineConfigException">A value is not allowed (the message names the key, the value and what is allowed).</exception>
    public static DocumentDateFinderOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string fallback = reader.String("fallback_date", "");
        DateOnly? date = null;
        if (fallback.Length > 0)
        {
            if (!DateOnly.TryParseExact(fallback, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new PipelineConfigException($"{reader.File}: '{reader.Path}.fallback_date' is '{fallback}'; allowed: an ISO date such as 2024-04-08");
            }
            date = parsed;
        }
        return new DocumentDateFinderOptions
        {
            FallbackDate = date,
            DatelineLines = reader.Integer("dateline_lines", 15, 0, 200),
            DatelineChars = reader.Integer("dateline_chars", 1500, 0, 100_000),
            SlashOrder = SlashOrders.Read(reader),
        };
    }
}
