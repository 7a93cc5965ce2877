namespace IskpNlp.Entities;

/// <summary>
/// Platt scaling of the tagger's margin: the probability that a name the model found is right is
/// σ(<see cref="Slope"/> × z + <see cref="Intercept"/>), where z is the lowest log-odds of the name's
/// token labels. Perceptron scores are margins, not probabilities; the trainer fits these two numbers
/// on names found in sentences held out from training, so that <c>min_confidence</c> reads as a
/// probability.
/// </summary>
public readonly record struct Calibration(float Slope, float Intercept)
{
    /// <summary>σ(z): a plain softmax reading of the scores, for a model fitted without calibration.</summary>
    public static readonly Calibration Identity = new(1, 0);

    public float Probability(float logOdds) => 1f / (1f + MathF.Exp(-((Slope * logOdds) + Intercept)));

    /// <summary>
    /// Fits slope and intercept by Newton's method on (log-odds, right) pairs, with Platt's smoothed
    /// targets so that a clean separation does not drive the slope to infinity.
    /// </summary>
    /// <returns><see cref="Identity"/> when there are fewer than ten pairs or only one outcome.</returns>
    public static Calibration Fit(IReadOnlyList<(float LogOdds, bool Right)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int positives = pairs.Count(p => p.Right), negatives = pairs.Count - positives;
        if (pairs.Count < 10 || positives == 0 || negatives == 0)
        {
            return Identity;
        }
        double high = (positives + 1.0) / (positives + 2.0), low = 1.0 / (negatives + 2.0);
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            foreach (var (z, right) in pairs)
            {
                double p = 1 / (1 + Math.Exp(-((a * z) + b)));
                double t = right ? high : low;
                double w = p * (1 - p);
                ga += (p - t) * z;
                gb += p - t;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            double det = (haa * hbb) - (hab * hab);
            if (det <= 0)
            {
                break;
            }
            double da = ((hbb * ga) - (hab * gb)) / det, db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) < 1e-9 && Math.Abs(db) < 1e-9)
            {
                break;
            }
        }
        return double.IsFinite(a) && double.IsFinite(b) ? new Calibration((float)a, (float)b) : Identity;
    }
}
