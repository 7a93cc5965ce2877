using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IskpNlp.Drivers;

/// <summary>
/// drivers.json: what a driver model was trained on and how well it did, written beside the model
/// by the trainer and checked by the scorer.
/// </summary>
public sealed record DriverModelInfo
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int FeatureVersion { get; init; }

    public string ProgramVersion { get; init; } = "";

    public string Trained { get; init; } = "";

    public int Seed { get; init; }

    public string DataFile { get; init; } = "";

    public string DataSha256 { get; init; } = "";

    public string ModelSha256 { get; init; } = "";

    /// <summary>Sentences per class: drivers, non_drivers and one entry per category.</summary>
    public Dictionary<string, int> Counts { get; init; } = [];

    public string Trainer { get; init; } = "";

    /// <summary>The featurizer the model was trained with; the scorer uses the same.</summary>
    public DriverFeaturizerOptions Featurizer { get; init; } = DriverFeaturizerOptions.Defaults;

    public JsonObject Settings { get; init; } = [];

    public JsonObject? CrossValidation { get; init; }

    public JsonObject? Holdout { get; init; }

    /// <exception cref="InvalidDataException">The file is not a driver model's metadata.</exception>
    public static DriverModelInfo Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DriverModelInfo>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty model metadata");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not driver model metadata ({ex.Message.Split('\n')[0]})", ex);
        }
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
