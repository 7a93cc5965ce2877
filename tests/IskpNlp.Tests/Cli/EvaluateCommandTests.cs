using System.Text.Json;
using IskpNlp.Drivers;
using IskpNlp.Training.Drivers;

namespace IskpNlp.Tests.Cli;

[TestClass]
public sealed class EvaluateCommandTests
{
    private static string SmallCorpus => RepoFiles.Get("tests", "IskpNlp.Tests", "Fixtures", "Drivers", "small.csv");

    [TestMethod]
    public void Evaluate_Samples_PrintsEveryTypeAndTheDrivers()
    {
        var (code, stdout, stderr) = CliRunner.Run("evaluate",
            "--docs", RepoFiles.Get("data", "samples", "samples.docs.jsonl"),
            "--gold", RepoFiles.Get("data", "samples", "samples.gold.jsonl"),
            "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(0, code, stderr);
        foreach (string line in new[] { "GROUP", "COUNTRY", "LOCATION", "NATIONALITY", "DATE", "ALL(micro)", "drivers:" })
        {
            StringAssert.Contains(stdout, line);
        }
    }

    [TestMethod]
    public void Evaluate_Sentences_ScoresTheConfiguredModelAtItsThreshold()
    {
        using var folder = new TempFolder();
        string model = TrainSmallModel(folder);
        var (code, stdout, stderr) = CliRunner.Run("evaluate", "--sentences", SmallCorpus, "--json",
            "-c", RepoFiles.Get("pipeline.yaml"), "--set", $"stages.drivers.model={model}", "--set", "stages.drivers.threshold=0.5");
        Assert.AreEqual(0, code, stderr);

        // The same figures as scoring the file through the stage by hand.
        var examples = DriverCorpusReader.Read(SmallCorpus);
        var scorer = new DriverScorer(new DriverScorerOptions { Model = model, Threshold = 0.5 });
        var expected = DriverTrainer.Measure(examples, examples.Select(e => scorer.Score(e.Text)).ToList(), 0.5f);
        using var json = JsonDocument.Parse(stdout);
        Assert.AreEqual(examples.Count, json.RootElement.GetProperty("sentences").GetInt32());
        Assert.AreEqual(Math.Round(expected.Driver.F1, 4), json.RootElement.GetProperty("is_driver").GetProperty("f1").GetDouble());
        Assert.AreEqual(Math.Round(expected.CategoriesMicro.F1, 4), json.RootElement.GetProperty("categories").GetProperty("f1").GetDouble());
    }

    [TestMethod]
    public void Evaluate_SentencesWithDocs_IsAUsageError()
    {
        var (code, _, stderr) = CliRunner.Run("evaluate", "--sentences", SmallCorpus, "--docs", RepoFiles.Get("data", "samples"));
        Assert.AreEqual(2, code);
        StringAssert.Contains(stderr, "--sentences");
    }

    [TestMethod]
    public void Evaluate_NoInput_SaysWhatToGive()
    {
        var (code, _, stderr) = CliRunner.Run("evaluate", "--docs", RepoFiles.Get("data", "samples"));
        Assert.AreEqual(2, code);
        StringAssert.Contains(stderr, "give --docs and --gold");
    }

    [TestMethod]
    public void Evaluate_SentencesFileWithABadRow_NamesTheLine()
    {
        using var folder = new TempFolder();
        string bad = Path.Combine(folder.Path, "bad.csv");
        File.WriteAllText(bad, "text,is_driver,categories\nPoverty pushes them to join.,1,ECONOMIC\nThe court sat.,2,\n");
        var (code, _, stderr) = CliRunner.Run("evaluate", "--sentences", bad, "-c", RepoFiles.Get("pipeline.yaml"));
        Assert.AreEqual(2, code);
        StringAssert.Contains(stderr, "bad.csv");
        StringAssert.Contains(stderr, "3");
    }

    private static string TrainSmallModel(TempFolder folder)
    {
        string path = Path.Combine(folder.Path, "drivers.zip");
        DriverTrainingRun.Execute(SmallCorpus, path, holdoutPath: null,
            DriverTrainer.Options.Defaults with { Folds = 2, Featurizer = DriverFeaturizerOptions.Defaults with { HashBits = 14 } });
        return path;
    }
}
