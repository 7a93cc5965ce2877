using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Output;

namespace IskpNlp.Training.Entities;

/// <summary>
/// <c>iskp-nlp train-ner</c> as one function: read the <c>*.train.txt</c> and <c>*.heldout.txt</c>
/// files of a folder, cross-validate on the training files, fit on all of them, score the held-out
/// files with and without the model, and write the model with its <c>.json</c> beside it.
/// </summary>
public static class NerTrainingRun
{
    /// <summary>Where the metadata of a model file lives: <c>ner.bin</c> → <c>ner.json</c>.</summary>
    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    /// <exception cref="FormatException">A training or held-out file is malformed (file, line and reason), or the folder has no training file.</exception>
    /// <param name="dataFolder">Folder of the annotated files.</param>
    /// <param name="modelPath">Model file to write; its .json goes beside it.</param>
    /// <param name="gazetteer">The pipeline's gazetteer, whose tags are features.</param>
    /// <param name="options">Trainer settings.</param>
    /// <param name="errors">When given, receives the held-out sentences that gazetteer + model get wrong.</param>
    /// <param name="cancellationToken">Checked between epochs and sentences.</param>
    public static NerTrainingReport Execute(string dataFolder, string modelPath, Gazetteer gazetteer, PerceptronTrainer.Options options, TextWriter? errors = null, CancellationToken cancellationToken = default)
    {
        var trainFiles = EntityCorpusReader.Files(dataFolder, EntityCorpusReader.TrainSuffix);
        var heldOutFiles = EntityCorpusReader.Files(dataFolder, EntityCorpusReader.HeldOutSuffix);
        if (trainFiles.Count == 0)
        {
            throw new FormatException($"{dataFolder}: no *{EntityCorpusReader.TrainSuffix} file");
        }
        var train = trainFiles.SelectMany(EntityCorpusReader.Read).ToList();
        var heldOut = heldOutFiles.SelectMany(EntityCorpusReader.Read).ToList();
        if (train.Count == 0)
        {
            throw new FormatException($"{dataFolder}: the training files hold no sentence");
        }
        var trainer = new PerceptronTrainer(gazetteer, options);
        var crossValidation = trainer.CrossValidate(train, cancellationToken);
        var model = trainer.Fit(train, cancellationToken: cancellationToken);
        var heldOutScores = heldOut.Count == 0 ? null : trainer.Evaluate(model, heldOut, errors, cancellationToken);
        var metrics = new JsonObject
        {
            ["cross_validation"] = Folds(crossValidation.ToJson(), options.Folds),
            ["heldout"] = heldOutScores?.ToJson(),
        };
        model = PerceptronTrainer.WithMetrics(model, metrics);
        model.Save(modelPath);
        long bytes = new FileInfo(modelPath).Length;
        var info = new JsonObject
        {
            ["feature_version"] = NerFeatures.Version,
            ["format_version"] = PerceptronModel.FormatVersion,
            ["program_version"] = RunReport.ProgramVersion,
            ["trained"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["seed"] = options.Seed,
            ["trainer"] = "greedy averaged perceptron over hashed features, BILOU labels, gazetteer tags as features (with dropout)",
            ["settings"] = JsonSerializer.SerializeToNode(options, Json),
            ["data"] = Data(trainFiles.Concat(heldOutFiles).ToList()),
            ["sizes"] = new JsonObject
            {
                ["train_sentences"] = train.Count,
                ["heldout_sentences"] = heldOut.Count,
                ["train_names"] = Counts(train),
                ["heldout_names"] = Counts(heldOut),
                ["labels"] = model.Labels.Count,
                ["hash_bits"] = model.HashBits,
                ["buckets"] = model.Buckets.Length,
                ["weights"] = model.Weights.Count(w => w != 0),
                ["model_bytes"] = bytes,
            },
            ["calibration"] = new JsonObject { ["slope"] = model.Calibration.Slope, ["intercept"] = model.Calibration.Intercept },
            ["model_sha256"] = Sha256(File.ReadAllBytes(modelPath)),
            ["cross_validation"] = metrics["cross_validation"]!.DeepClone(),
            ["heldout"] = heldOutScores is null ? null : Files(heldOutScores.ToJson(), heldOutFiles),
        };
        string metadataPath = MetadataPath(modelPath);
        File.WriteAllText(metadataPath, info.ToJsonString(Json) + "\n");
        return new NerTrainingReport(train.Count, crossValidation, heldOutScores, modelPath, metadataPath, bytes, model.Buckets.Length);
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    private static JsonObject Folds(JsonObject scores, int folds)
    {
        scores["folds"] = folds;
        return scores;
    }

    private static JsonObject Files(JsonObject scores, IReadOnlyList<string> files)
    {
        scores["files"] = new JsonArray(files.Select(f => (JsonNode)Path.GetFileName(f)).ToArray());
        return scores;
    }

    private static JsonObject Counts(IReadOnlyList<EntitySentence> sentences)
    {
        var counts = new JsonObject();
        for (int t = 0; t < BilouLabels.TypeCount; t++)
        {
            var type = (EntityType)t;
            counts[type.Name()] = sentences.Sum(s => s.Names.Count(n => n.Type == type));
        }
        return counts;
    }

    // Each file's SHA-256, and one over the list of names and hashes, so that any change of data changes it.
    private static JsonObject Data(IReadOnlyList<string> files)
    {
        var list = new JsonArray();
        var all = new StringBuilder();
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            string hash = Sha256(File.ReadAllBytes(file));
            list.Add(new JsonObject { ["file"] = Path.GetFileName(file), ["sha256"] = hash });
            all.Append(Path.GetFileName(file)).Append(' ').Append(hash).Append('\n');
        }
        return new JsonObject { ["sha256"] = Sha256(Encoding.UTF8.GetBytes(all.ToString())), ["files"] = list };
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
