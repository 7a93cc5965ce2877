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
}
