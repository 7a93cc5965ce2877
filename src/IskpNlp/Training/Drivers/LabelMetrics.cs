namespace IskpNlp.Training.Drivers;

/// <summary>Precision, recall and F1 at the 0.5 threshold, and the area under the precision-recall curve (average precision).</summary>
public sealed record LabelMetrics(string Label, int Positives, double Precision, double Recall, double F1, double AucPr)
{
    public static LabelMetrics Compute(string label, IReadOnlyList<(float Score, bool Gold)> scored, float threshold = 0.5f)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (score, gold) in scored)
        {
            bool predicted = score >= threshold;
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += !predicted && gold ? 1 : 0;
        }
        double precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        double recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new LabelMetrics(label, tp + fn, precision, recall, f1, AveragePrecision(scored));
    }

    private static double AveragePrecision(IReadOnlyList<(float Score, bool Gold)> scored)
    {
        int positives = scored.Count(s => s.Gold);
        if (positives == 0)
        {
            return 0;
        }
        double hits = 0, sum = 0;
        int rank = 0;
        foreach (var (_, gold) in scored.OrderByDescending(s => s.Score))
        {
            rank++;
            if (gold)
            {
                hits++;
                sum += hits / rank;
            }
        }
        return sum / positives;
    }
}
