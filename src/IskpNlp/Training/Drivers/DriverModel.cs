using IskpNlp.Documents;
using IskpNlp.Drivers;
using Microsoft.ML;

namespace IskpNlp.Training.Drivers;

/// <summary>A fitted driver model in memory: it scores and saves; <see cref="DriverScorer"/> loads what it saves.</summary>
public sealed class DriverModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DriverFeaturizer _featurizer;

    internal DriverModel(MLContext ml, ITransformer transformer, DriverFeaturizer featurizer)
    {
        _ml = ml;
        _transformer = transformer;
        _featurizer = featurizer;
    }

    /// <summary>Scores through the ML.NET transformer (the reference the fast scorer is tested against).</summary>
    public SentenceScore[] Score(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default) =>
        new DriverPredictor(_ml, _transformer, _featurizer, 0.5f).Score(sentences, cancellationToken);

    /// <summary>Saves the transformer with its input schema (so the scorer can check it) to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<DriverInput>(), DriverInput.Schema(_featurizer.Dimension)).Schema;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(_transformer, schema, path);
    }
}
