using System.Globalization;
using System.Text.Json.Nodes;
using IskpNlp.Documents;
using IskpNlp.Entities;

using IskpNlp.Training.Evaluation;

namespace IskpNlp.Training.Entities;

/// <summary>
/// Counts of one system on annotated sentences, by exact span and type: gold, predicted and correct
/// names per type, and how many of the gold names that no gazetteer holds (under that type) it found.
/// </summary>
public sealed class NerScores
{
    private readonly int[] _gold = new int[BilouLabels.TypeCount];
    private readonly int[] _predicted = new int[BilouLabels.TypeCount];
    private readonly int[] _correct = new int[BilouLabels.TypeCount];

    /// <summary>Gold names the gazetteers lack.</summary>
    public int UnseenGold { get; private set; }

    /// <summary>Of <see cref="UnseenGold"/>, those found with the right span and type.</summary>
    public int UnseenFound { get; private set; }

    public int Gold(EntityType type) => _gold[(int)type];

    public int Predicted(EntityType type) => _predicted[(int)type];

    public int Correct(EntityType type) => _correct[(int)type];

    public int GoldTotal => _gold.Sum();

    public int PredictedTotal => _predicted.Sum();

    public int CorrectTotal => _correct.Sum();

    public double Precision(EntityType type) => Ratio(Correct(type), Predicted(type));

    public double Recall(EntityType type) => Ratio(Correct(type), Gold(type));

    public double F1(EntityType type) => Metrics.F1(Precision(type), Recall(type));

    public double MicroPrecision => Ratio(CorrectTotal, PredictedTotal);

    public double MicroRecall => Ratio(CorrectTotal, GoldTotal);

    public double MicroF1 => Metrics.F1(MicroPrecision, MicroRecall);

    public double UnseenRecall => Ratio(UnseenFound, UnseenGold);

    /// <summary>Counts one sentence: <paramref name="gold"/> names (with whether each is unseen) against <paramref name="predicted"/>.</summary>
    public void Add(IReadOnlyList<(EntityAnnotation Name, bool Unseen)> gold, IReadOnlyList<EntityAnnotation> predicted)
    {
        var unmatched = predicted.ToList();
        foreach (var (name, unseen) in gold)
        {
            _gold[(int)name.Type]++;
            UnseenGold += unseen ? 1 : 0;
            int match = unmatched.IndexOf(name);
            if (match >= 0)
            {
                _correct[(int)name.Type]++;
                UnseenFound += unseen ? 1 : 0;
                unmatched.RemoveAt(match);
            }
        }
        foreach (var name in predicted)
        {
            _predicted[(int)name.Type]++;
        }
    }

    /// <summary>Adds another run's counts (pooling cross-validation folds).</summary>
    public void Add(NerScores other)
    {
        for (int t = 0; t < BilouLabels.TypeCount; t++)
        {
            _gold[t] += other._gold[t];
            _predicted[t] += other._predicted[t];
            _correct[t] += other._correct[t];
        }
        UnseenGold += other.UnseenGold;
        UnseenFound += other.UnseenFound;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        for (int t = 0; t < BilouLabels.TypeCount; t++)
        {
            var type = (EntityType)t;
            json[type.Name()] = Row(Gold(type), Predicted(type), Precision(type), Recall(type), F1(type));
        }
        json["ALL"] = Row(GoldTotal, PredictedTotal, MicroPrecision, MicroRecall, MicroF1);
        json["unseen"] = new JsonObject { ["gold"] = UnseenGold, ["found"] = UnseenFound, ["recall"] = Round(UnseenRecall) };
        return json;
    }

    private static JsonObject Row(int gold, int predicted, double p, double r, double f) => new()
    {
        ["gold"] = gold,
        ["pred"] = predicted,
        ["p"] = Round(p),
        ["r"] = Round(r),
        ["f1"] = Round(f),
    };

    private static double Round(double value) => Math.Round(value, 4);

    internal static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
