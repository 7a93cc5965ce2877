namespace IskpNlp.Training.Evaluation;

/// <summary>The scores every evaluation of the project reports, computed in one place.</summary>
public static class Metrics
{
    /// <summary>Precision, recall and F1 from counts; 0 where a ratio has no denominator.</summary>
    public static (double Precision, double Recall, double F1) Prf(long truePositives, long falsePositives, long falseNegatives)
    {
        double precision = truePositives + falsePositives > 0 ? (double)truePositives / (truePositives + falsePositives) : 0;
        double recall = truePositives + falseNegatives > 0 ? (double)truePositives / (truePositives + falseNegatives) : 0;
        return (precision, recall, F1(precision, recall));
    }

    public static double F1(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    /// <summary>
    /// Average precision (area under the precision-recall curve): items ranked by falling score, ties
    /// in the order given (as score.py's stable sort), the precision at each positive averaged over all positives.
    /// </summary>
    public static double AveragePrecision(IEnumerable<(double Score, bool Positive)> scored)
    {
        var ranked = scored.OrderByDescending(s => s.Score).ToList();
        int positives = ranked.Count(s => s.Positive);
        if (positives == 0)
        {
            return 0;
        }
        double hits = 0, sum = 0;
        for (int i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Positive)
            {
                hits++;
                sum += hits / (i + 1);
            }
        }
        return sum / positives;
    }
}
