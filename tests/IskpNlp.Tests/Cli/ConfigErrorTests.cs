namespace IskpNlp.Tests.Cli;

[TestClass]
public sealed class ConfigErrorTests
{
    [TestMethod]
    [DataRow("pipeline: [tokenizer, sentences]\nstages:\n  sentences:\n    abbreviatons: [Amb.]\n", "unknown key 'stages.sentences.abbreviatons'", ":4:")]
    [DataRow("pipeline: [tokenizer, sentences, furniture]\nstages:\n  furniture:\n    max_ui_words: many\n", "'stages.furniture.max_ui_words' must be a whole number, not 'many'", ":4:")]
    [DataRow("pipeline: [tokenizer, sentences, furniture, drivers]\nstages:\n  drivers:\n    model: models/missing.zip\n", "'stages.drivers.model' names 'models/missing.zip', which does not exist", ":4:")]
    [DataRow("pipeline: [tokenizer, sentencer]\n", "unknown stage 'sentencer'", "")]
    [DataRow("pipeline: [sentences, tokenizer]\n", "stage 'sentences' needs Tokens", "")]
    [DataRow("pipeline: [tokenizer]\nparallelism: -3\n", "'parallelism' is -3; allowed: 0 to 256", ":2:")]
    [DataRow("base: &a [tokenizer]\npipeline: *a\n", "anchors and aliases", "")]
    [DataRow("pipeline: [tokenizer\n", "not valid YAML", "")]
    public void Run_BadPipelineYaml_ExitTwoNamingFileAndKey(string yaml, string message, string line)
    {
        using var folder = new TempFolder();
        string config = folder.File("pipeline.yaml", yaml);
        folder.File("in/a.txt", "Kabul.");
        var (code, _, stderr) = CliRunner.Run("run", Path.Combine(folder.Path, "in"), "-o", Path.Combine(folder.Path, "out"), "-c", config);
        Assert.AreEqual(2, code, stderr);
        StringAssert.Contains(stderr, message);
        StringAssert.Contains(stderr, config + line);
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.Path, "out")), "output written despite a bad configuration");
    }
}
