using System.Security.Cryptography;
using System.Text.Json;
using IskpNlp.Documents;
using IskpNlp.Output;
using IskpNlp.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IskpNlp.Drivers;

/// <summary>
/// The <c>drivers</c> stage: scores every article sentence of a document with the trained ML.NET model,
/// a document's sentences in one batch through the transformer. Loads a model; never trains one.
/// </summary>
public sealed class DriverScorer : IStage, IModelStage
{
    private readonly MLContext _ml = new(seed: 0);
    private readonly ITransformer _model;
    private readonly float _threshold;
    private readonly DriverPredictor _predictor;

    /// <exception cref="PipelineConfigException">The model or its metadata is missing, foreign or of another feature version.</exception>
    public DriverScorer(DriverScorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _threshold = (float)options.Threshold;
        string metadataPath = DriverModelSchema.MetadataPath(options.Model);
        if (!File.Exists(metadataPath))
        {
            throw new PipelineConfigException($"{options.Model}: no {Path.GetFileName(metadataPath)} beside the model; retrain with 'iskp-nlp train' to write both");
        }
        DriverModelInfo info;
        try
        {
            info = DriverModelInfo.Load(metadataPath);
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineConfigException(ex.Message, ex);
        }
        if (info.FeatureVersion != DriverModelSchema.FeatureVersion)
        {
            throw new PipelineConfigException(
                $"{options.Model}: feature version {info.FeatureVersion}, this program reads version {DriverModelSchema.FeatureVersion}; retrain it with 'iskp-nlp train'");
        }
        try
        {
            _model = _ml.Model.Load(options.Model, out _);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new PipelineConfigException($"{options.Model}: not a readable ML.NET model ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})", ex);
        }
        CheckSchema(options.Model);
        _predictor = new DriverPredictor(_ml, _model, _threshold);
        Model = new ModelDescription("drivers", options.Model, Sha256(options.Model),
            JsonSerializer.SerializeToNode(new { cross_validation = info.CrossValidation, holdout = info.Holdout }));
    }

    public StageInfo Info { get; } = new("drivers", Annotations.Sentences | Annotations.Furniture, Annotations.DriverScores);

    public ModelDescription Model { get; }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var sentences = document.Sentences;
        var scores = new SentenceScore[sentences.Length];
        var indices = new List<int>(sentences.Length);
        var inputs = new List<DriverInput>(sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
        {
            if (!sentences[i].IsFurniture)
            {
                indices.Add(i);
                inputs.Add(new DriverInput { Text = RowBuilder.CollapseWhitespace(document[sentences[i].Span]) });
            }
        }
        if (inputs.Count > 0)
        {
            var predicted = _predictor.Score(inputs, cancellationToken);
            for (int k = 0; k < indices.Count; k++)
            {
                scores[indices[k]] = predicted[k];
            }
        }
        document.SetScores(scores);
    }

    /// <summary>Scores sentences in one pass through the transformer, in order.</summary>
    public SentenceScore[] Score(IReadOnlyList<DriverInput> inputs, CancellationToken cancellationToken) =>
        _predictor.Score(inputs, cancellationToken);

    private void CheckSchema(string path)
    {
        DataViewSchema probe;
        try
        {
            probe = _model.GetOutputSchema(_ml.Data.LoadFromEnumerable(Array.Empty<DriverInput>()).Schema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new PipelineConfigException($"{path}: the model does not take a '{DriverModelSchema.TextColumn}' column ({ex.Message.Split('\n')[0]}); it was not written by 'iskp-nlp train'", ex);
        }
        var missing = new[] { DriverModelSchema.DriverProbabilityColumn }.Concat(DriverModelSchema.CategoryProbabilityColumns)
            .Where(name => probe.GetColumnOrNull(name) is not { } column || column.Type != NumberDataViewType.Single)
            .ToArray();
        if (missing.Length > 0)
        {
            throw new PipelineConfigException($"{path}: the model has no {string.Join(", ", missing)} column(s); it was not written by 'iskp-nlp train'");
        }
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
