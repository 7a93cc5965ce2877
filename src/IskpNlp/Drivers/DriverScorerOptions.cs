using IskpNlp.Pipeline;

namespace IskpNlp.Drivers;

/// <summary>Options of the <c>drivers</c> stage.</summary>
public sealed class DriverScorerOptions
{
    /// <summary>The ML.NET model written by <c>iskp-nlp train</c>, with its .json beside it. The default is <c>models/drivers.zip</c>.</summary>
    public string Model { get; init; } = "models/drivers.zip";

    /// <summary>driver_score at or above which a sentence is a driver sentence. The default is 0.6.</summary>
    public double Threshold { get; init; } = 0.6;

    public static DriverScorerOptions Read(OptionsReader reader) => new()
    {
        Model = reader.FilePath("model", "models/drivers.zip"),
        Threshold = reader.Number("threshold", 0.6, 0, 1),
    };
}
