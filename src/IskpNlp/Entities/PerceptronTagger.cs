using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// Tags the tokens of a sentence with a <see cref="PerceptronModel"/>: greedy left to right, each
/// token's label the best-scoring one that may follow the previous label (BILOU order), so every
/// name is well formed. Predicts only; thread-safe. A sentence's token hashes go into a per-thread
/// buffer and the scores onto the stack, so tagging allocates nothing once a thread has tagged its
/// longest sentence.
/// </summary>
public sealed class PerceptronTagger
{
    [ThreadStatic]
    private static TokenHashes[]? t_hashes;

    private readonly int[] _rowOf;
    private readonly float[] _weights;
    private readonly uint _mask;

    /// <exception cref="InvalidDataException">The model has other labels or features than this program's tagger.</exception>
    public PerceptronTagger(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.FeatureVersion != NerFeatures.Version)
        {
            throw new InvalidDataException($"the model was trained with feature version {model.FeatureVersion}; this program uses version {NerFeatures.Version}: retrain it with 'iskp-nlp train-ner'");
        }
        if (!model.Labels.SequenceEqual(BilouLabels.Names, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"the model's labels ({string.Join(" ", model.Labels)}) are not this program's ({string.Join(" ", BilouLabels.Names)})");
        }
        Model = model;
        _mask = (1u << model.HashBits) - 1;
        // Row r + 1 per bucket (0: no weights), so a lookup is one load and the table needs no filling.
        _rowOf = new int[1 << model.HashBits];
        for (int r = 0; r < model.Buckets.Length; r++)
        {
            _rowOf[model.Buckets[r]] = r + 1;
        }
        _weights = model.Weights;
    }

    public PerceptronModel Model { get; }

    /// <summary>
    /// Labels each token of one sentence and says how sure it is of each label: the log-odds of the
    /// chosen label against the other labels allowed there, under a softmax of the scores
    /// (<see cref="Confidence"/> turns a name's lowest log-odds into a probability).
    /// </summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="gazetteer">The gazetteer's <see cref="BilouLabels"/> byte per token (0 where it found nothing).</param>
    /// <param name="labels">Receives one <see cref="BilouLabels"/> byte per token.</param>
    /// <param name="logOdds">Receives the log-odds of each token's label.</param>
    /// <exception cref="ArgumentException">A span is shorter than <paramref name="tokens"/>.</exception>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> gazetteer, Span<byte> labels, Span<float> logOdds)
    {
        int n = tokens.Length;
        if (gazetteer.Length < n || labels.Length < n || logOdds.Length < n)
        {
            throw new ArgumentException($"{n} tokens, but {gazetteer.Length} gazetteer tags, {labels.Length} labels, {logOdds.Length} log-odds");
        }
        if (n == 0)
        {
            return;
        }
        var hashes = Hashes(n);
        NerFeatures.Prepare(text, tokens, gazetteer, hashes);
        Span<uint> features = stackalloc uint[NerFeatures.Count];
        Span<float> scores = stackalloc float[BilouLabels.Count];
        var allowed = BilouLabels.Allowed;
        byte previous = BilouLabels.Outside, beforePrevious = BilouLabels.Outside;
        for (int i = 0; i < n; i++)
        {
            // A lower-case word outside a name starts none: names are capitalised, or begin with an
            // Arabic article joined by a hyphen ("al-Qaeda"). Skipping it spares most tokens the scoring.
            if (previous == BilouLabels.Outside && CannotStartName(text.Slice(tokens[i].Start, tokens[i].Length)))
            {
                labels[i] = BilouLabels.Outside;
                logOdds[i] = 0;
                beforePrevious = previous;
                continue;
            }
            NerFeatures.Static(hashes, i, features);
            NerFeatures.History(hashes, i, previous, beforePrevious, features[NerFeatures.StaticCount..]);
            Score(features, scores);
            bool last = i == n - 1;
            int best = -1;
            int row = previous * BilouLabels.Count;
            for (int k = 0; k < BilouLabels.Count; k++)
            {
                if (allowed[row + k] && (!last || BilouLabels.Ends[k]) && (best < 0 || scores[k] > scores[best]))
                {
                    best = k;
                }
            }
            labels[i] = (byte)best;
            // Only names need a confidence; most tokens are outside any, and the softmax costs exps.
            logOdds[i] = best == BilouLabels.Outside ? 0 : LogOdds(scores, best, row, last);
            beforePrevious = previous;
            previous = (byte)best;
        }
    }

    private static bool CannotStartName(ReadOnlySpan<char> word) => char.IsLower(word[0]) && !word.Contains('-');

    internal void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        const int L = BilouLabels.Count;
        scores.Clear();
        var rowOf = _rowOf;
        var weights = _weights;
        foreach (uint feature in features)
        {
            int row = rowOf[feature & _mask];
            if (row == 0)
            {
                continue;
            }
            var w = weights.AsSpan((row - 1) * L, L);
            for (int k = 0; k < L; k++)
            {
                scores[k] += w[k];
            }
        }
    }

    /// <summary>The probability that a name whose tokens' lowest log-odds is <paramref name="logOdds"/> is right, by the model's <see cref="Calibration"/>.</summary>
    public float Confidence(float logOdds) => Model.Calibration.Probability(logOdds);

    // log p(best) - log(1 - p(best)) under a softmax of the allowed labels' scores: the best score
    // minus the log-sum-exp of the others, taken from their own maximum so that nothing underflows.
    private static float LogOdds(ReadOnlySpan<float> scores, int best, int row, bool last)
    {
        var allowed = BilouLabels.Allowed;
        float second = float.NegativeInfinity;
        for (int k = 0; k < BilouLabels.Count; k++)
        {
            if (k != best && allowed[row + k] && (!last || BilouLabels.Ends[k]))
            {
                second = MathF.Max(second, scores[k]);
            }
        }
        if (float.IsNegativeInfinity(second))
        {
            // The only label allowed here (L after B or I at the sentence end): as sure as the name's other tokens.
            return float.MaxValue;
        }
        float sum = 0;
        for (int k = 0; k < BilouLabels.Count; k++)
        {
            if (k != best && allowed[row + k] && (!last || BilouLabels.Ends[k]))
            {
                sum += MathF.Exp(scores[k] - second);
            }
        }
        return scores[best] - second - MathF.Log(sum);
    }

    private static Span<TokenHashes> Hashes(int n)
    {
        var buffer = t_hashes;
        if (buffer is null || buffer.Length < n)
        {
            buffer = new TokenHashes[Math.Max(n, 256)];
            t_hashes = buffer;
        }
        return buffer.AsSpan(0, n);
    }
}
