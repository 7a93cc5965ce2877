using IskpNlp.Drivers;

namespace IskpNlp.Tests.Drivers;

[TestClass]
public sealed class DriverFeaturizerTests
{
    private static DriverFeaturizer CreateSut() => new(DriverFeaturizerOptions.Defaults);

    [TestMethod]
    public void Featurize_CaseAndDigitsFolded_SameFeatures()
    {
        var a = Features("Poverty in 2019 drove RECRUITMENT.");
        var b = Features("poverty in 2024 drove recruitment");
        CollectionAssert.AreEquivalent(a.Keys.ToArray(), b.Keys.ToArray());
    }

    [TestMethod]
    public void Featurize_AnySentence_UnitLength()
    {
        var features = Features("Remittances, debt and unemployment: the economics of joining.");
        Assert.AreEqual(1.0, Math.Sqrt(features.Values.Sum(v => v * v)), 1e-5);
    }

    [TestMethod]
    public void Featurize_WordOrder_ChangesBigramsOnly()
    {
        var a = Features("police abuse");
        var b = Features("abuse police");
        Assert.AreEqual(a.Count, b.Count);
        CollectionAssert.AreNotEquivalent(a.Keys.ToArray(), b.Keys.ToArray());
    }

    [TestMethod]
    public void Featurize_Reused_ClearsThePreviousSentence()
    {
        var featurizer = CreateSut();
        var vector = new FeatureVector();
        featurizer.Featurize(string.Concat(Enumerable.Repeat("a long sentence about many different things ", 40)), vector);
        featurizer.Featurize("short", vector);
        var fresh = new FeatureVector();
        featurizer.Featurize("short", fresh);
        CollectionAssert.AreEquivalent(fresh.Indices.ToArray(), vector.Indices.ToArray());
    }

    [TestMethod]
    public void Featurize_NoWords_EmptyVector()
    {
        var vector = new FeatureVector();
        CreateSut().Featurize("— … !!", vector);
        Assert.AreEqual(0, vector.Count);
    }

    private static Dictionary<int, float> Features(string text)
    {
        var vector = new FeatureVector();
        CreateSut().Featurize(text, vector);
        var features = new Dictionary<int, float>();
        for (int i = 0; i < vector.Count; i++)
        {
            features[vector.Indices[i]] = vector.Values[i];
        }
        return features;
    }
}
