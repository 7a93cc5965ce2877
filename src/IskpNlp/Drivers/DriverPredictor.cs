using IskpNlp.Documents;
using Microsoft.ML;

namespace IskpNlp.Drivers;

/// <summary>
/// Runs a fitted driver transformer over a batch of sentences and reads the probabilities back,
/// in order. Shared by the scoring stage and by the trainer's evaluation, so both score alike.
/// </summary>
public sealed class DriverPredictor
{
    private static readonly string[] OutputColumns = [DriverModelSchema.DriverProbabilityColumn, .. DriverModelSchema.CategoryProbabilityColumns];

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly float _threshold;

    public DriverPredictor(MLContext ml, ITransformer model, float threshold)
    {
        _ml = ml;
        _model = model;
        _threshold = threshold;
    }

    public SentenceScore[] Score(IReadOnlyList<DriverInput> inputs, CancellationToken cancellationToken)
    {
        var view = _model.Transform(_ml.Data.LoadFromEnumerable(inputs));
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
