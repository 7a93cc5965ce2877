using IskpNlp.Pipeline;

namespace IskpNlp.Output;

/// <summary>The <c>output</c> block of pipeline.yaml.</summary>
public sealed class OutputOptions
{
    /// <summary>Write a UTF-8 byte-order mark so that Excel opens the CSVs as UTF-8. The default is false.</summary>
    public bool Excel { get; init; }

    public static OutputOptions Read(OptionsReader reader) => new() { Excel = reader.Boolean("excel", false) };
}
