using System.Text.Json.Nodes;
using IskpNlp.Entities;

namespace IskpNlp.Training.Entities;

/// <summary>
/// Fits the <c>ner</c> tagger: a greedy averaged perceptron over <see cref="NerFeatures"/>, trained on
/// its own predicted history (as it will run) with the BILOU order enforced, and returns a
/// <see cref="PerceptronModel"/>; the <see cref="PerceptronTagger"/> uses it. One thread and one
/// <see cref="Random"/> seeded from <see cref="Options.Seed"/> make training deterministic.
/// </summary>
/// <remarks>
/// The gazetteers already hold most names of the training text, so a model that saw their tags on
/// every name would only learn to copy them. Each epoch hides each gazetteer name of a sentence with
/// probability <see cref="Options.GazetteerDropout"/>, so the model also learns the words, shapes and
/// contexts of names, and finds those the gazetteers lack.
/// </remarks>
public sealed class PerceptronTrainer
{
    private readonly Gazetteer _gazetteer;
    private readonly Options _options;

    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PerceptronTrainer(Gazetteer gazetteer, Options? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _options = options ?? Options.Defaults;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Epochs, 1, nameof(Options.Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Folds, 2, nameof(Options.Folds));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.HashBits, 12, nameof(Options.HashBits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.HashBits, 24, nameof(Options.HashBits));
        if (_options.GazetteerDropout is < 0 or > 1 || _options.MinConfidence is < 0 or > 1 || _options.PruneBelow < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "gazetteer dropout and min confidence must lie from 0 to 1, prune-below must not be negative");
        }
    }

    public Options Settings => _options;

    /// <summary>
    /// Fits a model on <paramref name="train"/>. With <paramref name="dev"/>, scores the model on it
    /// (gazetteer alone and with the model) and records the scores in the model's metrics.
    /// </summary>
    public PerceptronModel Fit(IReadOnlyList<EntitySentence> train, IReadOnlyList<EntitySentence>? dev = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        var spotter = new GazetteerSpotter(_gazetteer);
        var examples = train.Select(s => NerExample.Create(s, spotter)).ToList();
        var calibration = Calibrate(train, examples, cancellationToken);
        var model = Train(examples, calibration, cancellationToken);
        if (dev is null)
        {
            return model;
        }
        var evaluation = Evaluate(model, dev, cancellationToken: cancellationToken);
        return WithMetrics(model, new JsonObject { ["dev"] = evaluation.ToJson() });
    }

    /// <summary>k-fold cross-validation on <paramref name="sentences"/>, folds drawn with the seed; counts pooled over folds.</summary>
    public NerEvaluation CrossValidate(IReadOnlyList<EntitySentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var fold = Folds(sentences.Count, _options.Folds, _options.Seed);
        var alone = new NerScores();
        var with = new NerScores();
        for (int k = 0; k < _options.Folds; k++)
        {
            var train = sentences.Where((_, i) => fold[i] != k).ToList();
            var test = sentences.Where((_, i) => fold[i] == k).ToList();
            var evaluation = Evaluate(Fit(train, cancellationToken: cancellationToken), test, cancellationToken: cancellationToken);
            alone.Add(evaluation.GazetteerOnly);
            with.Add(evaluation.WithModel);
        }
        return new NerEvaluation(sentences.Count, alone, with);
    }

    /// <summary>Scores <paramref name="model"/> on <paramref name="sentences"/> through the <c>ner</c> stage, and the gazetteer alone.</summary>
    /// <param name="model">The model to score.</param>
    /// <param name="sentences">Annotated sentences.</param>
    /// <param name="errors">When given, receives the sentences the model and gazetteer get wrong (see <see cref="NerEvaluation.Run"/>).</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    public NerEvaluation Evaluate(PerceptronModel model, IReadOnlyList<EntitySentence> sentences, TextWriter? errors = null, CancellationToken cancellationToken = default) =>
        NerEvaluation.Run(sentences, _gazetteer, new EntityRecognizer(new PerceptronTagger(model), _gazetteer, _options.MinConfidence), errors, cancellationToken);

    /// <summary>A copy of <paramref name="model"/> carrying <paramref name="metrics"/>.</summary>
    public static PerceptronModel WithMetrics(PerceptronModel model, JsonObject metrics) =>
        new(model.Labels, model.FeatureVersion, model.HashBits, model.Buckets, model.Weights, metrics.ToJsonString(), model.Calibration);

    // Trains on all but one of CalibrationFolds parts in turn, and fits the calibration on the names the
    // model then finds in the part it did not see, so that the probabilities hold for new text.
    private Calibration Calibrate(IReadOnlyList<EntitySentence> sentences, List<NerExample> examples, CancellationToken cancellationToken)
    {
        int folds = _options.CalibrationFolds;
        if (folds < 2 || sentences.Count < folds * 5)
        {
            return Calibration.Identity;
        }
        var fold = Folds(sentences.Count, folds, _options.Seed + 1);
        var pairs = new List<(float, bool)>();
        var logOdds = new List<float>();
        for (int k = 0; k < folds; k++)
        {
            var model = Train(examples.Where((_, i) => fold[i] != k).ToList(), Calibration.Identity, cancellationToken);
            var recognizer = new EntityRecognizer(new PerceptronTagger(model), _gazetteer, 0);
            for (int i = 0; i < sentences.Count; i++)
            {
                if (fold[i] != k)
                {
                    continue;
                }
                logOdds.Clear();
                var found = recognizer.Recognize(NerExample.ToDocument(sentences[i]), 0, logOdds, cancellationToken);
                for (int m = 0; m < found.Count; m++)
                {
                    pairs.Add((logOdds[m], sentences[i].Names.Contains(new EntityAnnotation(found[m].Span, found[m].Type))));
                }
            }
        }
        return Calibration.Fit(pairs);
    }

    private static int[] Folds(int count, int folds, int seed)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var fold = new int[count];
        for (int i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    private PerceptronModel Train(List<NerExample> examples, Calibration calibration, CancellationToken cancellationToken)
    {
        const int L = BilouLabels.Count;
        var random = new Random(_options.Seed);
        var weights = new AveragedWeights();
        uint mask = (1u << _options.HashBits) - 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var hashes = new TokenHashes[Math.Max(1, examples.Count == 0 ? 1 : examples.Max(e => e.Gold.Length))];
        var gazetteer = new byte[hashes.Length];
        Span<uint> features = stackalloc uint[NerFeatures.Count];
        Span<int> buckets = stackalloc int[NerFeatures.Count];
        Span<float> scores = stackalloc float[L];
        var allowed = BilouLabels.Allowed;
        for (int epoch = 0; epoch < _options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (int index in order)
            {
                var example = examples[index];
                int n = example.Gold.Length;
                example.Gazetteer.CopyTo(gazetteer, 0);
                foreach (var (first, end) in example.GazetteerRuns)
                {
                    if (random.NextDouble() < _options.GazetteerDropout)
                    {
                        Array.Clear(gazetteer, first, end - first);
                    }
                }
                var tokenHashes = hashes.AsSpan(0, n);
                NerFeatures.Prepare(example.Document.Text, example.Document.Tokens, gazetteer.AsSpan(0, n), tokenHashes);
                byte previous = BilouLabels.Outside, beforePrevious = BilouLabels.Outside;
                for (int i = 0; i < n; i++)
                {
                    NerFeatures.Static(tokenHashes, i, features);
                    NerFeatures.History(tokenHashes, i, previous, beforePrevious, features[NerFeatures.StaticCount..]);
                    for (int f = 0; f < features.Length; f++)
                    {
                        buckets[f] = (int)(features[f] & mask);
                    }
                    weights.Score(buckets, scores);
                    bool last = i == n - 1;
                    int best = -1, row = previous * L;
                    for (int k = 0; k < L; k++)
                    {
                        if (allowed[row + k] && (!last || BilouLabels.Ends[k]) && (best < 0 || scores[k] > scores[best]))
                        {
                            best = k;
                        }
                    }
                    int gold = example.Gold[i];
                    if (best != gold)
                    {
                        weights.Update(buckets, gold, best);
                    }
                    weights.Tick();
                    beforePrevious = previous;
                    previous = (byte)best;
                }
            }
        }
        return weights.Export(_options.HashBits, _options.PruneBelow, calibration);
    }

    /// <summary>Trainer settings; <see cref="Defaults"/> are what <c>iskp-nlp train-ner</c> uses.</summary>
    public sealed record Options
    {
        public static readonly Options Defaults = new();

        /// <summary>Seed for the shuffles, the folds and the gazetteer dropout. The default is 1.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>Passes over the training sentences. The default is 10.</summary>
        public int Epochs { get; init; } = 10;

        /// <summary>Folds for cross-validation. The default is 5.</summary>
        public int Folds { get; init; } = 5;

        /// <summary>Features are hashed into 2^HashBits buckets. The default is 20.</summary>
        public int HashBits { get; init; } = 20;

        /// <summary>Probability of hiding a gazetteer name from the features in an epoch. The default is 0.4.</summary>
        public double GazetteerDropout { get; init; } = 0.4;

        /// <summary>Averaged weights smaller than this in magnitude are left out of the model. The default is 0.01.</summary>
        public double PruneBelow { get; init; } = 0.01;

        /// <summary>
        /// Parts the training sentences are cut into to fit the <see cref="Calibration"/> on names found in
        /// unseen sentences; below 2, the model keeps <see cref="Calibration.Identity"/>. The default is 3.
        /// </summary>
        public int CalibrationFolds { get; init; } = 3;

        /// <summary>The <c>ner</c> stage's min_confidence used when scoring. The default is 0.5, the stage's default.</summary>
        public double MinConfidence { get; init; } = 0.5;
    }

    // Weights of the features seen in training, with Daumé's running sum for the average: each update
    // at step c also adds c × delta to the sum, and the average is w − sum / c at the end.
    private sealed class AveragedWeights
    {
        private const int L = BilouLabels.Count;
        private readonly Dictionary<int, int> _rowOf = [];
        private double[] _current = new double[L * 4096];
        private double[] _sum = new double[L * 4096];
        private long _step = 1;

        public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
        {
            scores.Clear();
            foreach (int bucket in buckets)
            {
                if (!_rowOf.TryGetValue(bucket, out int row))
                {
                    continue;
                }
                var w = _current.AsSpan(row * L, L);
                for (int k = 0; k < L; k++)
                {
                    scores[k] += (float)w[k];
                }
            }
        }

        public void Update(ReadOnlySpan<int> buckets, int gold, int guess)
        {
            foreach (int bucket in buckets)
            {
                int row = Row(bucket) * L;
                _current[row + gold] += 1;
                _sum[row + gold] += _step;
                _current[row + guess] -= 1;
                _sum[row + guess] -= _step;
            }
        }

        public void Tick() => _step++;

        public PerceptronModel Export(int hashBits, double pruneBelow, Calibration calibration)
        {
            var buckets = new List<int>();
            var weights = new List<float>();
            foreach (var (bucket, row) in _rowOf.OrderBy(p => p.Key))
            {
                var averaged = new float[L];
                bool any = false;
                for (int k = 0; k < L; k++)
                {
                    double value = _current[(row * L) + k] - (_sum[(row * L) + k] / _step);
                    if (Math.Abs(value) >= pruneBelow && value != 0)
                    {
                        averaged[k] = (float)value;
                        any = true;
                    }
                }
                if (any)
                {
                    buckets.Add(bucket);
                    weights.AddRange(averaged);
                }
            }
            return new PerceptronModel(BilouLabels.Names, NerFeatures.Version, hashBits, [.. buckets], [.. weights], "", calibration);
        }

        private int Row(int bucket)
        {
            if (_rowOf.TryGetValue(bucket, out int row))
            {
                return row;
            }
            row = _rowOf.Count;
            if ((row + 1) * L > _current.Length)
            {
                Array.Resize(ref _current, _current.Length * 2);
                Array.Resize(ref _sum, _sum.Length * 2);
            }
            _rowOf[bucket] = row;
            return row;
        }
    }
}
