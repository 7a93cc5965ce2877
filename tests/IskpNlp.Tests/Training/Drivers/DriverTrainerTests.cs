using IskpNlp.Documents;
using IskpNlp.Drivers;
using IskpNlp.Training.Drivers;

namespace IskpNlp.Tests.Training.Drivers;

[TestClass]
public sealed class DriverTrainerTests
{
    private static readonly Lazy<IReadOnlyList<DriverExample>> Fixture =
        new(() => DriverCorpusReader.Read(RepoFiles.Get("tests", "IskpNlp.Tests", "Fixtures", "Drivers", "small.csv")));

    private static DriverTrainer CreateSut(int seed = 1) =>
        new(DriverTrainer.Options.Defaults with { Seed = seed, Folds = 3, Featurizer = DriverFeaturizerOptions.Defaults with { HashBits = 14 } });

    [TestMethod]
    public void CrossValidate_SameSeed_SameMetrics()
    {
        var first = CreateSut().CrossValidate(Fixture.Value);
        var second = CreateSut().CrossValidate(Fixture.Value);
        Assert.AreEqual(first.ToJson().ToJsonString(), second.ToJson().ToJsonString());
        Assert.AreEqual(40, first.Sentences);
    }

    [TestMethod]
    public void Fit_Fixture_SeparatesTrainingSentences()
    {
        var model = CreateSut().Fit(Fixture.Value);
        var metrics = DriverTrainer.Evaluate(model, Fixture.Value);
        // On its own training sentences a fitted model must rank drivers first.
        Assert.IsGreaterThan(0.9, metrics.Driver.AucPr);
    }

    [TestMethod]
    public void Fit_SavedAndLoaded_ScorerGivesTheTransformersProbabilities()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "drivers.zip");
        var report = DriverTrainingRun.Execute(
            RepoFiles.Get("tests", "IskpNlp.Tests", "Fixtures", "Drivers", "small.csv"), path, holdoutPath: null,
            DriverTrainer.Options.Defaults with { Folds = 2, Featurizer = DriverFeaturizerOptions.Defaults with { HashBits = 14 } });
        Assert.IsTrue(File.Exists(report.MetadataPath));

        var scorer = new DriverScorer(new DriverScorerOptions { Model = path, Threshold = 0.5 });
        var reference = CreateSut().Fit(Fixture.Value);
        string[] sentences = ["Poverty and police abuse push young men toward recruiters.", "The court adjourned until Monday."];
        var expected = reference.Score(sentences);
        for (int i = 0; i < sentences.Length; i++)
        {
            var actual = scorer.Score(sentences[i]);
            Assert.AreEqual(expected[i].DriverScore, actual.DriverScore, 1e-4, sentences[i]);
            for (int c = 0; c < IskpNlp.Documents.Labels.CategoryCount; c++)
            {
                Assert.AreEqual(expected[i].Categories[c], actual.Categories[c], 1e-4, $"{sentences[i]} category {c}");
            }
        }
    }

    [TestMethod]
    public void Measure_Categories_PooledOverTheDriverSentencesOnly()
    {
        DriverExample[] examples =
        [
            new("a", true, new HashSet<DriverCategory> { DriverCategory.Economic }, 2),
            new("b", true, new HashSet<DriverCategory> { DriverCategory.Economic, DriverCategory.Networks }, 3),
            new("c", false, new HashSet<DriverCategory>(), 4),
        ];
        var economicAndNetworks = new CategoryScores();
        economicAndNetworks[(int)DriverCategory.Economic] = 0.9f;
        economicAndNetworks[(int)DriverCategory.Networks] = 0.8f;
        var economicOnly = new CategoryScores();
        economicOnly[(int)DriverCategory.Economic] = 0.7f;
        var everything = new CategoryScores();
        ((Span<float>)everything).Fill(0.99f);
        SentenceScore[] scores =
        [
            new(0.9f, true, economicAndNetworks),  // ECONOMIC right, NETWORKS wrong
            new(0.4f, false, economicOnly),        // ECONOMIC right, NETWORKS missed; below the threshold as a driver
            new(0.1f, false, everything),          // not a driver: its category scores do not count
        ];

        var metrics = DriverTrainer.Measure(examples, scores, threshold: 0.5f);

        Assert.AreEqual(3, metrics.CategoriesMicro.Positives);
        Assert.AreEqual(2.0 / 3, metrics.CategoriesMicro.Precision, 1e-9);
        Assert.AreEqual(2.0 / 3, metrics.CategoriesMicro.Recall, 1e-9);
        Assert.AreEqual(0.5, metrics.Driver.Recall, 1e-9);
        Assert.AreEqual(1.0, metrics.Driver.Precision, 1e-9);
    }

    [TestMethod]
    public void Measure_CountsDiffer_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => DriverTrainer.Measure([new DriverExample("a", false, new HashSet<DriverCategory>(), 2)], []));
    }
}
