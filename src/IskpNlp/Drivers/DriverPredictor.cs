using IskpNlp.Documents;
using Microsoft.ML;

namespace IskpNlp.Drivers;

/// <summary>
/// Scores sentences by running the ML.NET transformer over their features, in one batch. The
/// trainer evaluates with it; <see cref="LinearDriverModel"/> gives the same numbers faster.
/// </summary>
public sealed class DriverPredictor
{
    private static readonly string[] OutputColumns = [DriverModelSchema.DriverProbabilityColumn, .. DriverModelSchema.CategoryProbabilityColumns];

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DriverFeaturizer _featurizer;
    private readonly float _threshold;

    public DriverPredictor(MLContext ml, ITransformer model, DriverFeaturizer featurizer, float threshold)
    {
        _ml = ml;
        _model = model;
        _featurizer = featurizer;
        _threshold = threshold;
    }

    public SentenceScore[] Score(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var vector = new FeatureVector();
        var inputs = new List<DriverInput>(sentences.Count);
        foreach (string sentence in sentences)
        {
            _featurizer.Featurize(sentence, vector);
            inputs.Add(new DriverInput { Features = DriverInput.ToVBuffer(vector, _featurizer.Dimension) });
        }
        var view = _model.Transform(_ml.Data.LoadFromEnumerable(inputs, DriverInput.Schema(_featurizer.Dimension)));
        var columns = OutputColumns.Select(name => view.Schema[name]).ToArray();
        var results = new SentenceScore[inputs.Count];
        using var cursor = view.GetRowCursor(columns);
        var getters = columns.Select(c => cursor.GetGetter<float>(c)).ToArray();
        int row = 0;
        float value = 0;
        while (cursor.MoveNext())
        {
            if ((row & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            getters[0](ref value);
            float driver = Clamp(value);
            var categories = new CategoryScores();
            for (int c = 0; c < Labels.CategoryCount; c++)
            {
                getters[c + 1](ref value);
                categories[c] = Clamp(value);
            }
            results[row++] = new SentenceScore(driver, driver >= _threshold, categories);
        }
        return results;
    }

    private static float Clamp(float value) => float.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);
}
