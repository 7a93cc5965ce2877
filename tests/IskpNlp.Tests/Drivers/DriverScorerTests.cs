using IskpNlp.Drivers;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Drivers;

[TestClass]
public sealed class DriverScorerTests
{
    [TestMethod]
    public void Constructor_TruncatedModel_ConfigErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        string model = CopyBundledModel(folder);
        byte[] bytes = File.ReadAllBytes(model);
        File.WriteAllBytes(model, bytes[..(bytes.Length / 3)]);
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => new DriverScorer(new DriverScorerOptions { Model = model }));
        StringAssert.Contains(error.Message, model);
        StringAssert.Contains(error.Message, "not a readable ML.NET model");
    }

    [TestMethod]
    public void Constructor_ForeignZip_ConfigError()
    {
        using var folder = new TempFolder();
        string model = CopyBundledModel(folder);
        File.Delete(model);
        System.IO.Compression.ZipFile.CreateFromDirectory(RepoFiles.Get("data", "samples"), model);
        Assert.ThrowsExactly<PipelineConfigException>(() => new DriverScorer(new DriverScorerOptions { Model = model }));
    }

    [TestMethod]
    public void Constructor_OtherFeatureVersion_ConfigErrorSaysRetrain()
    {
        using var folder = new TempFolder();
        string model = CopyBundledModel(folder);
        string metadata = DriverModelSchema.MetadataPath(model);
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace($"\"feature_version\": {DriverModelSchema.FeatureVersion}", "\"feature_version\": 99"));
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => new DriverScorer(new DriverScorerOptions { Model = model }));
        StringAssert.Contains(error.Message, "feature version 99");
        StringAssert.Contains(error.Message, "retrain");
    }

    [TestMethod]
    public void Constructor_NoMetadata_ConfigError()
    {
        using var folder = new TempFolder();
        string model = CopyBundledModel(folder);
        File.Delete(DriverModelSchema.MetadataPath(model));
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => new DriverScorer(new DriverScorerOptions { Model = model }));
        StringAssert.Contains(error.Message, "drivers.json");
    }

    [TestMethod]
    public void Score_BundledModel_DriverAboveEventSentence()
    {
        var scorer = new DriverScorer(new DriverScorerOptions { Model = RepoFiles.Get("models", "drivers.zip") });
        var driver = scorer.Score("Unemployment and police abuse at home leave young men open to the recruiters' offers.");
        var plain = scorer.Score("The court sentenced the two men to eight years in prison on Tuesday.");
        Assert.IsTrue(driver.IsDriver);
        Assert.IsFalse(plain.IsDriver);
        Assert.IsGreaterThan(plain.DriverScore, driver.DriverScore);
    }

    private static string CopyBundledModel(TempFolder folder)
    {
        string model = Path.Combine(folder.Path, "drivers.zip");
        File.Copy(RepoFiles.Get("models", "drivers.zip"), model);
        File.Copy(RepoFiles.Get("models", "drivers.json"), DriverModelSchema.MetadataPath(model));
        return model;
    }
}
