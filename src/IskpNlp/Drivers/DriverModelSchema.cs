using IskpNlp.Documents;

namespace IskpNlp.Drivers;

/// <summary>
/// The contract between the driver trainer and the scorer: column names in the ML.NET model and the
/// feature-set version. A model trained with another version is refused, not silently misread.
/// </summary>
public static class DriverModelSchema
{
    /// <summary>Bumped whenever featurization or columns change in a way old models cannot follow.</summary>
    public const int FeatureVersion = 2;

    public const string FeaturesColumn = "Features";
    public const string DriverLabelColumn = "IsDriver";
    public const string DriverProbabilityColumn = "DriverProbability";

    /// <summary>The boolean label column of each category, in <see cref="DriverCategory"/> order.</summary>
    public static readonly string[] CategoryLabelColumns = Labels.CategoryNames.Select(n => "Is_" + n).ToArray();

    /// <summary>The probability column of each category, in <see cref="DriverCategory"/> order.</summary>
    public static readonly string[] CategoryProbabilityColumns = Labels.CategoryNames.Select(n => n + "_Probability").ToArray();

    /// <summary>Where the metadata of a model file lives: <c>drivers.zip</c> → <c>drivers.json</c>.</summary>
    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");
}
