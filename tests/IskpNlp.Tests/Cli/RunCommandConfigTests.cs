using System.IO.Compression;

namespace IskpNlp.Tests.Cli;

/// <summary>
/// pipeline.yaml and model files are input too: a hostile or broken one stops the run before any
/// document is read, with exit code 2 and one clear line, never a crash.
/// </summary>
[TestClass]
public sealed class RunCommandConfigTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [TestMethod]
    [DataRow("tabs", "pipeline: [tokenizer]\nstages:\n\ttokenizer: {}\n", "found invalid tab")]
    [DataRow("anchor", "pipeline: &p [tokenizer]\nstages: {}\n", "anchors and aliases (&p) are not allowed")]
    [DataRow("alias", "stages:\n  sentences: &s {}\npipeline: [tokenizer]\nx: *s\n", "anchors and aliases")]
    [DataRow("huge integer", "pipeline: [tokenizer]\nparallelism: 99999999999999999999999\n", "'parallelism' must be a whole number")]
    [DataRow("huge number", "pipeline: [tokenizer]\noutput: {checkpoint_seconds: 1e400}\n", "'output.checkpoint_seconds' must be a number")]
    [DataRow("out of range", "pipeline: [tokenizer]\ninput: {http: {max_retries: 1000000}}\n", "'input.http.max_retries' is 1000000; allowed: 0 to 20")]
    [DataRow("duplicate key", "pipeline: [tokenizer]\npipeline: [sentences]\n", "Duplicate key")]
    [DataRow("two documents", "pipeline: [tokenizer]\n---\npipeline: [tokenizer]\n", "expected one YAML document, found 2")]
    [DataRow("empty", "", "expected one YAML document, found 0")]
    [DataRow("scalar root", "just text\n", "the top level must be a mapping")]
    [DataRow("unknown key", "pipeline: [tokenizer]\ninput:\n  bogus: 1\n", "unknown key 'input.bogus'")]
    [DataRow("binary tag", "pipeline: [tokenizer]\nparallelism: !!binary aGVsbG8=\n", "'parallelism' must be a whole number")]
    [DataRow("delay order", "pipeline: [tokenizer]\ninput: {http: {base_delay_ms: 5000, max_delay_ms: 100}}\n", "is less than")]
    public void Run_HostileConfig_Exit2WithClearMessage(string name, string yaml, string message)
    {
        using var folder = new TempFolder();
        var (code, output) = Run(folder, folder.File("pipeline.yaml", yaml));
        Assert.AreEqual(2, code, $"{name}: {output}");
        StringAssert.Contains(output, message, name);
        Assert.DoesNotContain("   at ", output, "no stack trace");
    }

    [TestMethod]
    public void Run_DeeplyNestedConfig_Exit2InsteadOfStackOverflow()
    {
        using var folder = new TempFolder();
        string yaml = "pipeline: [tokenizer]\nx: " + new string('[', 200_000) + new string(']', 200_000) + "\n";
        var (code, output) = Run(folder, folder.File("pipeline.yaml", yaml));
        Assert.AreEqual(2, code, output);
        StringAssert.Contains(output, "nested more than 64 deep");
    }

    [TestMethod]
    public void Run_ConfigOverOneMegabyte_Exit2()
    {
        using var folder = new TempFolder();
        var (code, output) = Run(folder, folder.File("pipeline.yaml", "pipeline: [tokenizer]\n#" + new string('x', 2_000_000) + "\n"));
        Assert.AreEqual(2, code, output);
        StringAssert.Contains(output, "larger than 1048576 bytes");
    }

    [TestMethod]
    [DataRow("truncated")]
    [DataRow("foreign zip")]
    [DataRow("text")]
    [DataRow("empty")]
    public void Run_BrokenDriverModel_Exit2NamingTheModel(string kind)
    {
        using var folder = new TempFolder();
        string models = CopyModels(folder);
        string model = Path.Combine(models, "drivers.zip");
        Break(model, kind);
        string config = WithStages(folder, "[tokenizer, sentences, furniture, drivers]", "  drivers:\n    model: models/drivers.zip\n");
        var (code, output) = Run(folder, config);
        Assert.AreEqual(2, code, $"{kind}: {output}");
        StringAssert.Contains(output, "drivers.zip", kind);
        Assert.DoesNotContain("   at ", output, "no stack trace");
    }

    [TestMethod]
    public void Run_ForeignDriverMetadata_Exit2()
    {
        using var folder = new TempFolder();
        string models = CopyModels(folder);
        File.WriteAllText(Path.Combine(models, "drivers.json"), "{\"feature_version\": \"not a number\"");
        string config = WithStages(folder, "[tokenizer, sentences, furniture, drivers]", "  drivers:\n    model: models/drivers.zip\n");
        var (code, output) = Run(folder, config);
        Assert.AreEqual(2, code, output);
        StringAssert.Contains(output, "drivers.json");
    }

    [TestMethod]
    [DataRow("truncated")]
    [DataRow("foreign zip")]
    [DataRow("text")]
    [DataRow("empty")]
    [DataRow("zeros")]
    public void Run_BrokenNerModel_Exit2NamingTheModel(string kind)
    {
        using var folder = new TempFolder();
        string models = CopyModels(folder);
        string model = Path.Combine(models, "ner.bin");
        Break(model, kind);
        string config = WithStages(folder, "[tokenizer, sentences, furniture, gazetteer, ner]", "  ner:\n    model: models/ner.bin\n    directory: gaz\n");
        var (code, output) = Run(folder, config);
        Assert.AreEqual(2, code, $"{kind}: {output}");
        StringAssert.Contains(output, "ner model", kind);
        Assert.DoesNotContain("   at ", output, "no stack trace");
    }

    private static (int Code, string Output) Run(TempFolder folder, string config)
    {
        string input = folder.File("docs.jsonl", "{\"id\": \"a\", \"text\": \"Kabul.\"}\n");
        var result = CliProcess.Run(Timeout, "run", input, "-o", Path.Combine(folder.Path, "out"), "-c", config);
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.Path, "out")), "nothing is written when the configuration is wrong");
        return result;
    }

    // The test pipeline with other stages and more stage blocks.
    private static string WithStages(TempFolder folder, string stages, string blocks)
    {
        string path = TestPipeline.Write(folder);
        string yaml = File.ReadAllText(path).Replace("pipeline: [tokenizer, sentences, furniture, gazetteer]", "pipeline: " + stages, StringComparison.Ordinal);
        File.WriteAllText(path, yaml + blocks);
        return path;
    }

    private static string CopyModels(TempFolder folder)
    {
        string models = Path.Combine(folder.Path, "models");
        Directory.CreateDirectory(models);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "models")))
        {
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        }
        return models;
    }

    private static void Break(string model, string kind)
    {
        switch (kind)
        {
            case "truncated":
                byte[] bytes = File.ReadAllBytes(model);
                File.WriteAllBytes(model, bytes[..(bytes.Length / 2)]);
                break;
            case "foreign zip":
                File.Delete(model);
                using (var zip = ZipFile.Open(model, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                    writer.Write("not a model");
                }
                break;
            case "text":
                File.WriteAllText(model, "this is not a model\n");
                break;
            case "empty":
                File.WriteAllBytes(model, []);
                break;
            case "zeros":
                File.WriteAllBytes(model, new byte[4096]);
                break;
        }
    }
}
