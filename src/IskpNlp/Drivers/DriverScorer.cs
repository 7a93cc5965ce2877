using System.Text.Json;
using IskpNlp.Documents;
using IskpNlp.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IskpNlp.Drivers;

/// <summary>
/// The <c>drivers</c> stage: scores every article sentence of a document with the trained model.
/// Loads the ML.NET model written by <c>iskp-nlp train</c>, checks it against its drivers.json, and
/// scores through the model's weights (<see cref="LinearDriverModel"/>). Never trains.
/// </summary>
public sealed class DriverScorer : IStage, IModelStage
{
    public const string StageName = "drivers";

    [ThreadStatic]
    private static FeatureVector? t_vector;

    private readonly DriverFeaturizer _featurizer;
    private readonly LinearDriverModel _model;
    private readonly float _threshold;

    /// <exception cref="PipelineConfigException">The model or its metadata is missing, foreign or of another feature version.</exception>
    public DriverScorer(DriverScorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _threshold = (float)options.Threshold;
        var info = LoadInfo(options.Model);
        try
        {
            _featurizer = new DriverFeaturizer(info.Featurizer);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new PipelineConfigException($"{DriverModelSchema.MetadataPath(options.Model)}: invalid featurizer settings ({ex.Message.Split('\n')[0]})", ex);
        }
        var ml = new MLContext(seed: 0);
        ITransformer transformer;
        try
        {
            transformer = ml.Model.Load(options.Model, out _);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new PipelineConfigException($"{options.Model}: not a readable ML.NET model ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})", ex);
        }
        CheckSchema(ml, transformer, options.Model, _featurizer.Dimension);
        try
        {
            _model = LinearDriverModel.From(transformer);
        }
        catch (InvalidDataException ex)
        {
            throw new PipelineConfigException($"{options.Model}: {ex.Message}; it was not written by 'iskp-nlp train'", ex);
        }
        Model = new ModelDescription(StageName, options.Model, FileHash.Sha256(options.Model),
            JsonSerializer.SerializeToNode(new { cross_validation = info.CrossValidation, holdout = info.Holdout }));
    }

    /// <summary>The driver score from which a sentence counts as a driver sentence (pipeline.yaml's <c>threshold</c>).</summary>
    public float Threshold => _threshold;

    public StageInfo Info { get; } = new(StageName, Annotations.Sentences | Annotations.Furniture, Annotations.DriverScores);

    public ModelDescription Model { get; }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var sentences = document.Sentences;
        var scores = new SentenceScore[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            if ((i & 255) == 255)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (!sentences[i].IsFurniture)
            {
                scores[i] = Score(document[sentences[i].Span]);
            }
        }
        document.SetScores(scores);
    }

    /// <summary>Scores one sentence's text.</summary>
    public SentenceScore Score(ReadOnlySpan<char> sentence)
    {
        var vector = t_vector ??= new FeatureVector();
        _featurizer.Featurize(sentence, vector);
        return _model.Score(vector, _threshold);
    }

    private static DriverModelInfo LoadInfo(string modelPath)
    {
        string metadataPath = DriverModelSchema.MetadataPath(modelPath);
        if (!File.Exists(metadataPath))
        {
            throw new PipelineConfigException($"{modelPath}: no {Path.GetFileName(metadataPath)} beside the model; retrain with 'iskp-nlp train' to write both");
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
                $"{modelPath}: feature version {info.FeatureVersion}, this program reads version {DriverModelSchema.FeatureVersion}; retrain it with 'iskp-nlp train'");
        }
        return info;
    }

    private static void CheckSchema(MLContext ml, ITransformer model, string path, int dimension)
    {
        DataViewSchema output;
        try
        {
            output = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<DriverInput>(), DriverInput.Schema(dimension)).Schema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new PipelineConfigException($"{path}: the model does not take a {dimension}-wide '{DriverModelSchema.FeaturesColumn}' vector ({ex.Message.Split('\n')[0]}); it was not written by 'iskp-nlp train' with its drivers.json", ex);
        }
        var missing = new[] { DriverModelSchema.DriverProbabilityColumn }.Concat(DriverModelSchema.CategoryProbabilityColumns)
            .Where(name => output.GetColumnOrNull(name) is not { } column || column.Type != NumberDataViewType.Single)
            .ToArray();
        if (missing.Length > 0)
        {
            throw new PipelineConfigException($"{path}: the model has no {string.Join(", ", missing)} column(s); it was not written by 'iskp-nlp train'");
        }
    }
}
