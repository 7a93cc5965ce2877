using IskpNlp.Entities;
using IskpNlp.Tests.Entities;
using IskpNlp.Training.Entities;

namespace IskpNlp.Tests.Training.Entities;

[TestClass]
public sealed class PerceptronTrainerTests
{
    [TestMethod]
    public void Fit_SameSeed_SameModel()
    {
        var corpus = NerFixture.Corpus();

        var first = CreateSut(seed: 7).Fit(corpus);
        var second = CreateSut(seed: 7).Fit(corpus);

        CollectionAssert.AreEqual(first.Buckets, second.Buckets);
        CollectionAssert.AreEqual(first.Weights, second.Weights);
        Assert.AreEqual(first.Calibration, second.Calibration);
    }

    [TestMethod]
    public void CrossValidate_SameSeed_SameMetrics()
    {
        var corpus = NerFixture.Corpus();

        var first = CreateSut(seed: 3).CrossValidate(corpus);
        var second = CreateSut(seed: 3).CrossValidate(corpus);

        Assert.AreEqual(first.ToJson().ToJsonString(), second.ToJson().ToJsonString());
    }

    [TestMethod]
    public void CrossValidate_InventedNames_ModelAddsRecallTheGazetteerLacks()
    {
        var evaluation = CreateSut(seed: 1).CrossValidate(NerFixture.Corpus());

        Assert.AreEqual(0, evaluation.GazetteerOnly.UnseenRecall);
        Assert.IsTrue(evaluation.WithModel.UnseenRecall > 0.8, evaluation.ToTable("cv"));
        Assert.IsTrue(evaluation.WithModel.MicroF1 > evaluation.GazetteerOnly.MicroF1, evaluation.ToTable("cv"));
        Assert.IsTrue(evaluation.WithModel.MicroPrecision >= 0.9, evaluation.ToTable("cv"));
    }

    [TestMethod]
    public void Fit_WithDev_RecordsDevScoresInMetrics()
    {
        var corpus = NerFixture.Corpus();

        var model = CreateSut(seed: 1).Fit(corpus.Take(150).ToList(), corpus.Skip(150).ToList());

        StringAssert.Contains(model.Metrics, "\"dev\"");
        StringAssert.Contains(model.Metrics, "\"with_model\"");
    }

    [TestMethod]
    public void Fit_Labels_AreTheTaggersAndPruned()
    {
        var model = NerFixture.Model;

        CollectionAssert.AreEqual(BilouLabels.Names, model.Labels.ToArray());
        Assert.AreEqual(NerFeatures.Version, model.FeatureVersion);
        Assert.IsTrue(model.Weights.All(w => w == 0 || Math.Abs(w) >= PerceptronTrainer.Options.Defaults.PruneBelow));
    }

    [TestMethod]
    public void Evaluation_ToTable_PrintsBothSystemsPerType()
    {
        var evaluation = CreateSut(seed: 1).Evaluate(NerFixture.Model, NerFixture.Corpus().Take(20).ToList());

        string table = evaluation.ToTable("held out");

        StringAssert.StartsWith(table, "held out (20 sentences)\n");
        StringAssert.Contains(table, "gazetteer only");
        StringAssert.Contains(table, "gazetteer + model");
        foreach (string type in new[] { "GROUP", "COUNTRY", "LOCATION", "NATIONALITY", "ALL(micro)", "unseen" })
        {
            StringAssert.Contains(table, "\n" + type);
        }
    }

    [TestMethod]
    public void Constructor_OneFold_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
            new PerceptronTrainer(NerFixture.CreateGazetteer(), PerceptronTrainer.Options.Defaults with { Folds = 1 }));
    }

    [TestMethod]
    public void Options_Defaults()
    {
        var options = PerceptronTrainer.Options.Defaults;

        Assert.AreEqual(1, options.Seed);
        Assert.AreEqual(10, options.Epochs);
        Assert.AreEqual(5, options.Folds);
        Assert.AreEqual(20, options.HashBits);
        Assert.AreEqual(0.4, options.GazetteerDropout);
        Assert.AreEqual(3, options.CalibrationFolds);
        Assert.AreEqual(0.5, options.MinConfidence);
    }

    private static PerceptronTrainer CreateSut(int seed) =>
        new(NerFixture.CreateGazetteer(), NerFixture.Options with { Seed = seed, Folds = 3 });
}
