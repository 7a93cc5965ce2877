using IskpNlp.Documents;
using IskpNlp.Drivers;
using Microsoft.ML;

namespace IskpNlp.Training.Drivers;

/// <summary>A fitted driver model in memory: it scores and saves; <see cref="DriverScorer"/> loads what it saves.</summary>
public sealed class DriverModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;

    internal DriverModel(MLContext ml, ITransformer transformer)
    {
        _ml = ml;
        _transformer = transformer;
    }

    public SentenceScore[] Score(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default) =>
        new DriverPredictor(_ml, _transformer, 0.5f).Score(sentences.Select(s => new DriverInput { Text = s }).ToList(), cancellationToken);

    /// <summary>Saves the transformer with its input schema (so the scorer can check it) to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<DriverInput>()).Schema;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(_transformer, schema, path);
    }
}
