using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IskpNlp.Documents;
using IskpNlp.Drivers;
using IskpNlp.Output;
using IskpNlp.Pipeline;

namespace IskpNlp.Training.Drivers;

/// <summary>
/// <c>iskp-nlp train</c> as one function: validate the file(s), cross-validate, fit on everything,
/// score the held-out file, and write the model with its drivers.json.
/// </summary>
public static class DriverTrainingRun
{
    /// <exception cref="FormatException">A training or held-out file is invalid (file, line and reason).</exception>
    public static DriverTrainingReport Execute(string dataPath, string modelPath, string? holdoutPath, DriverTrainer.Options options, CancellationToken cancellationToken = default)
    {
        var examples = DriverCorpusReader.Read(dataPath);
        var holdout = holdoutPath is null ? null : DriverCorpusReader.Read(holdoutPath);
        var trainer = new DriverTrainer(options);
        var crossValidation = trainer.CrossValidate(examples, cancellationToken);
        var model = trainer.Fit(examples);
        var holdoutMetrics = holdout is null ? null : DriverTrainer.Evaluate(model, holdout, cancellationToken);
        model.Save(modelPath);
        var info = new DriverModelInfo
        {
            FeatureVersion = DriverModelSchema.FeatureVersion,
            ProgramVersion = RunReport.ProgramVersion,
            Trained = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Seed = options.Seed,
            DataFile = Path.GetFileName(dataPath),
            DataSha256 = FileHash.Sha256(dataPath),
            ModelSha256 = FileHash.Sha256(modelPath),
            Counts = Counts(examples),
            Trainer = "hashed word 1-2-grams and char 5-7-grams (L2) + ML.NET L-BFGS logistic regression per label (one-vs-rest; categories fitted on driver sentences)",
            Featurizer = options.Featurizer,
            Settings = JsonSerializer.SerializeToNode(options, DriverModelInfo.Json)!.AsObject(),
            CrossValidation = AddFolds(crossValidation.ToJson(), options.Folds),
            Holdout = holdoutMetrics is null ? null : AddFile(holdoutMetrics.ToJson(), holdoutPath!),
        };
        info.Save(DriverModelSchema.MetadataPath(modelPath));
        return new DriverTrainingReport(examples.Count, crossValidation, holdoutMetrics, modelPath, DriverModelSchema.MetadataPath(modelPath));
    }

    private static Dictionary<string, int> Counts(IReadOnlyList<DriverExample> examples)
    {
        var counts = new Dictionary<string, int>
        {
            ["sentences"] = examples.Count,
            ["drivers"] = examples.Count(e => e.IsDriver),
            ["non_drivers"] = examples.Count(e => !e.IsDriver),
        };
        foreach (var category in Enum.GetValues<DriverCategory>())
        {
            counts[category.Name()] = examples.Count(e => e.Categories.Contains(category));
        }
        return counts;
    }

    private static JsonObject AddFolds(JsonObject metrics, int folds)
    {
        metrics["folds"] = folds;
        return metrics;
    }

    private static JsonObject AddFile(JsonObject metrics, string path)
    {
        metrics["file"] = Path.GetFileName(path);
        return metrics;
    }
}
