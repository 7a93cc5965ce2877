using IskpNlp.Training.Evaluation;

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
        var (precision, recall, f1) = Metrics.Prf(tp, fp, fn);
        return new LabelMetrics(label, tp + fn, precision, recall, f1, Metrics.AveragePrecision(scored.Select(s => ((double)s.Score, s.Gold))));
    }

}
