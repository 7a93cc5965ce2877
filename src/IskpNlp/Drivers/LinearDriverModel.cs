using IskpNlp.Documents;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;

namespace IskpNlp.Drivers;

/// <summary>
/// The weights of a trained driver model (ML.NET logistic regressions, one per label), taken out of
/// the ML.NET transformer once and laid out feature by feature (eight weights next to each other),
/// so scoring a sentence is one table lookup per feature. Gives the same probabilities as running
/// the transformer (tested), at the throughput the pipeline needs.
/// </summary>
public sealed class LinearDriverModel
{
    public const int Labels = 1 + Documents.Labels.CategoryCount;

    private const int Empty = -1;

    private readonly int[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly float[] _bias = new float[Labels];
    private readonly float[] _slope = new float[Labels];
    private readonly float[] _offset = new float[Labels];
    private readonly int _mask;

    private LinearDriverModel(int[] keys, int[] rows, float[] weights)
    {
        _keys = keys;
        _rows = rows;
        _weights = weights;
        _mask = keys.Length - 1;
    }

    /// <summary>Features with a non-zero weight for some label.</summary>
    public int FeatureCount => _weights.Length / Labels;

    /// <summary>Reads the weights out of a transformer chain written by the driver trainer.</summary>
    /// <exception cref="InvalidDataException">The chain does not hold eight calibrated linear classifiers.</exception>
    public static LinearDriverModel From(ITransformer model)
    {
        var classifiers = new List<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>();
        foreach (var transformer in model as IEnumerable<ITransformer> ?? [model])
        {
            if (transformer is ISingleFeaturePredictionTransformer<object> { Model: CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> classifier })
            {
                classifiers.Add(classifier);
            }
        }
        if (classifiers.Count != Labels)
        {
            throw new InvalidDataException($"expected {Labels} calibrated linear classifiers (is_driver and 7 categories), found {classifiers.Count}");
        }
        var features = new SortedSet<int>();
        var weights = new IReadOnlyList<float>[Labels];
        for (int label = 0; label < Labels; label++)
        {
            weights[label] = classifiers[label].SubModel.Weights;
            for (int index = 0; index < weights[label].Count; index++)
            {
                if (weights[label][index] != 0)
                {
                    features.Add(index);
                }
            }
        }
        int capacity = 1;
        while (capacity < features.Count * 2)
        {
            capacity <<= 1;
        }
        var keys = new int[Math.Max(capacity, 16)];
        var rows = new int[keys.Length];
        Array.Fill(keys, Empty);
        var table = new float[features.Count * Labels];
        var linear = new LinearDriverModel(keys, rows, table);
        int row = 0;
        foreach (int feature in features)
        {
            linear.Insert(feature, row);
            for (int label = 0; label < Labels; label++)
            {
                table[(row * Labels) + label] = weights[label][feature];
            }
            row++;
        }
        for (int label = 0; label < Labels; label++)
        {
            linear._bias[label] = classifiers[label].SubModel.Bias;
            linear._slope[label] = (float)classifiers[label].Calibrator.Slope;
            linear._offset[label] = (float)classifiers[label].Calibrator.Offset;
        }
        return linear;
    }

    /// <summary>The probabilities of a featurized sentence: is_driver at or above <paramref name="threshold"/>, and each category.</summary>
    public SentenceScore Score(FeatureVector features, float threshold)
    {
        Span<float> sums = stackalloc float[Labels];
        var indices = features.Indices;
        var values = features.Values;
        for (int i = 0; i < indices.Length; i++)
        {
            int row = Find(indices[i]);
            if (row < 0)
            {
                continue;
            }
            var weights = _weights.AsSpan(row * Labels, Labels);
            float value = values[i];
            for (int label = 0; label < Labels; label++)
            {
                sums[label] += weights[label] * value;
            }
        }
        float driver = Probability(0, sums[0]);
        var categories = new CategoryScores();
        for (int c = 0; c < Documents.Labels.CategoryCount; c++)
        {
            categories[c] = Probability(c + 1, sums[c + 1]);
        }
        return new SentenceScore(driver, driver >= threshold, categories);
    }

    // Platt's calibration, as ML.NET's PlattCalibrator computes it.
    private float Probability(int label, float sum) =>
        (float)(1 / (1 + Math.Exp((_slope[label] * (sum + _bias[label])) + _offset[label])));

    private void Insert(int key, int row)
    {
        int slot = Slot(key);
        while (_keys[slot] != Empty)
        {
            slot = (slot + 1) & _mask;
        }
        _keys[slot] = key;
        _rows[slot] = row;
    }

    private int Find(int key)
    {
        int slot = Slot(key);
        while (true)
        {
            int found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }
            if (found == Empty)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(int key) => (int)((uint)key * 2654435761u >> 5) & _mask;
}
