using IskpNlp.Pipeline;

namespace IskpNlp.Dates;

/// <summary>The yaml names of <see cref="SlashOrder"/>, shared by the two date stages' options.</summary>
internal static class SlashOrders
{
    public const string Key = "slash_order";

    /// <summary>Reads <c>slash_order</c>: <c>mdy</c> (the default) or <c>dmy</c>.</summary>
    /// <exception cref="PipelineConfigException">The value is neither.</exception>
    public static SlashOrder Read(OptionsReader reader) =>
        reader.Choice(Key, "mdy", "mdy", "dmy") == "dmy" ? SlashOrder.DayMonthYear : SlashOrder.MonthDayYear;
}
