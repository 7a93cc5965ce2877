using IskpNlp.Documents;
using IskpNlp.Drivers;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace IskpNlp.Training.Drivers;

/// <summary>
/// Fits the driver model: the project's hashed featurization (<see cref="DriverFeaturizer"/>: word
/// 1–2-grams and character 5–7-grams), then an ML.NET logistic-regression classifier for is_driver
/// and one per category (one-vs-rest) over the same features. Logistic regression gives calibrated probabilities; one thread and a fixed seed make
/// it deterministic.
/// </summary>
public sealed class DriverTrainer
{
    private readonly Options _options;
    private readonly DriverFeaturizer _featurizer;

    public DriverTrainer(Options? options = null)
    {
        _options = options ?? Options.Defaults;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Folds, 2, nameof(Options.Folds));
        _options.Featurizer.Validate();
        _featurizer = new DriverFeaturizer(_options.Featurizer);
    }

    public Options Settings => _options;

    /// <summary>
    /// Fits on all of <paramref name="examples"/>: the featurizer and the is_driver classifier on every
    /// sentence, each category classifier on the driver sentences only, so a category score is the
    /// probability of that category given that the sentence is a driver sentence.
    /// </summary>
    public DriverModel Fit(IReadOnlyList<DriverExample> examples)
    {
        var ml = new MLContext(_options.Seed);
        var vector = new FeatureVector();
        var rows = examples.Select(e => DriverTrainingRow.From(e, _featurizer, vector)).ToList();
        var schema = DriverTrainingRow.Schema(_featurizer.Dimension);
        var all = ml.Data.LoadFromEnumerable(rows, schema);
        var driverRows = rows.Where(r => r.IsDriver).ToList();
        var chain = new List<ITransformer>();
        chain.AddRange(FitClassifier(ml, DriverModelSchema.DriverLabelColumn, DriverModelSchema.DriverProbabilityColumn, all));
        for (int c = 0; c < Labels.CategoryCount; c++)
        {
            // A category is on a minority of driver sentences; weighting its positives by
            // (negatives / positives)^balance keeps the 0.5 cut from favouring "absent".
            int positives = driverRows.Count(r => r.Has(c));
            float weight = positives == 0 ? 1 : (float)Math.Pow((double)(driverRows.Count - positives) / positives, _options.CategoryBalance);
            var weighted = ml.Data.LoadFromEnumerable(driverRows.Select(r => r.WithWeight(r.Has(c) ? Math.Max(weight, 1) : 1)).ToList(), schema);
            chain.AddRange(FitClassifier(ml, DriverModelSchema.CategoryLabelColumns[c], DriverModelSchema.CategoryProbabilityColumns[c], weighted));
        }
        return new DriverModel(ml, new TransformerChain<ITransformer>([.. chain]), _featurizer);
    }

    /// <summary>k-fold cross-validation with folds drawn by the seed; metrics over the pooled predictions.</summary>
    public DriverMetrics CrossValidate(IReadOnlyList<DriverExample> examples, CancellationToken cancellationToken = default)
    {
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).ToArray();
        var fold = new int[examples.Count];
        for (int i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % _options.Folds;
        }
        var predictions = new SentenceScore[examples.Count];
        for (int k = 0; k < _options.Folds; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = examples.Where((_, i) => fold[i] != k).ToList();
            var heldIndices = Enumerable.Range(0, examples.Count).Where(i => fold[i] == k).ToList();
            var scores = Fit(train).Score(heldIndices.Select(i => examples[i].Text).ToList(), cancellationToken);
            for (int j = 0; j < heldIndices.Count; j++)
            {
                predictions[heldIndices[j]] = scores[j];
            }
        }
        return Measure(examples, predictions);
    }

    /// <summary>Scores <paramref name="examples"/> with <paramref name="model"/> and measures it.</summary>
    public static DriverMetrics Evaluate(DriverModel model, IReadOnlyList<DriverExample> examples, CancellationToken cancellationToken = default) =>
        Measure(examples, model.Score(examples.Select(e => e.Text).ToList(), cancellationToken));

    /// <summary>
    /// Metrics of scores against labels: is_driver on every sentence at <paramref name="threshold"/>,
    /// each category on the driver sentences at 0.5.
    /// </summary>
    public static DriverMetrics Measure(IReadOnlyList<DriverExample> examples, IReadOnlyList<SentenceScore> predictions, float threshold = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(predictions);
        if (examples.Count != predictions.Count)
        {
            throw new ArgumentException($"{predictions.Count} scores for {examples.Count} sentences", nameof(predictions));
        }
        var driver = LabelMetrics.Compute("is_driver", examples.Select((e, i) => (predictions[i].DriverScore, e.IsDriver)).ToList(), threshold);
        var categories = new List<LabelMetrics>();
        var pooled = new List<(float Score, bool Gold)>();
        for (int c = 0; c < Labels.CategoryCount; c++)
        {
            var category = (DriverCategory)c;
            // Category scores are conditional on being a driver, so they are measured on the driver sentences.
            var scored = examples.Select((e, i) => (Example: e, Score: predictions[i].Categories[c]))
                .Where(p => p.Example.IsDriver)
                .Select(p => (p.Score, p.Example.Categories.Contains(category)))
                .ToList();
            categories.Add(LabelMetrics.Compute(category.Name(), scored));
            pooled.AddRange(scored);
        }
        return new DriverMetrics(examples.Count, driver, categories, LabelMetrics.Compute("categories", pooled));
    }

    // A classifier for one label, then its probability copied to the label's own column (the next
    // classifier writes "Probability" again).
    private IEnumerable<ITransformer> FitClassifier(MLContext ml, string label, string probabilityColumn, IDataView features)
    {
        var classifier = Classifier(ml, label).Fit(features);
        yield return classifier;
        yield return ml.Transforms.CopyColumns(probabilityColumn, "Probability").Fit(classifier.Transform(features));
    }

    private LbfgsLogisticRegressionBinaryTrainer Classifier(MLContext ml, string label) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = label,
            ExampleWeightColumnName = nameof(DriverTrainingRow.Weight),
            FeatureColumnName = DriverModelSchema.FeaturesColumn,
            L2Regularization = _options.L2Regularization,
            L1Regularization = _options.L1Regularization,
            MaximumNumberOfIterations = _options.MaximumIterations,
            NumberOfThreads = 1,
            Quiet = true,
        });

    /// <summary>Trainer settings; <see cref="Defaults"/> are what <c>iskp-nlp train</c> uses.</summary>
    public sealed record Options
    {
        public static readonly Options Defaults = new();

        /// <summary>Seed for the folds and the trainers. The default is 1.</summary>
        public int Seed { get; init; } = 1;

        /// <summary>Folds for cross-validation. The default is 5.</summary>
        public int Folds { get; init; } = 5;

        /// <summary>How sentences become features. The default is <see cref="DriverFeaturizerOptions.Defaults"/>.</summary>
        public DriverFeaturizerOptions Featurizer { get; init; } = DriverFeaturizerOptions.Defaults;

        /// <summary>L2 penalty of each classifier. The default is 0.01.</summary>
        public float L2Regularization { get; init; } = 0.01f;

        /// <summary>L1 penalty of each classifier (keeps the model small). The default is 0.001.</summary>
        public float L1Regularization { get; init; } = 0.001f;

        /// <summary>
        /// Exponent of the positive-class weight (negatives / positives) of each category classifier:
        /// 0 leaves the classes as they are, 1 balances them. The default is 1.
        /// </summary>
        public double CategoryBalance { get; init; } = 1;

        /// <summary>L-BFGS iterations at most. The default is 200.</summary>
        public int MaximumIterations { get; init; } = 200;
    }
}
