using System.Text.Json.Nodes;
using IskpNlp.Cli;
using IskpNlp.Tests.Entities;

namespace IskpNlp.Tests.Cli;

[TestClass]
[DoNotParallelize]
public sealed class TrainNerCommandTests
{
    [TestMethod]
    public void TrainNer_MalformedAnnotation_ExitsWithUsageCodeNamingFileAndLine()
    {
        using var folder = new TempFolder();
        string data = Path.Combine(folder.Path, "data");
        string file = folder.File("data/x.train.txt", "# names\nIn [[Kabul|LOCATION]] it rained.\nIn [[Herat|TOWN]] too.\n");

        var (code, _, error) = Run("train-ner", "--data", data, "--gazetteers", RepoFiles.Get("data", "gazetteers"), "--out", Path.Combine(folder.Path, "ner.bin"));

        Assert.AreEqual(2, code);
        StringAssert.Contains(error, file + ":3:4:");
        Assert.IsFalse(File.Exists(Path.Combine(folder.Path, "ner.bin")));
    }

    [TestMethod]
    public void TrainNer_SmallCorpus_PrintsTablesAndWritesModelWithMetadata()
    {
        using var folder = new TempFolder();
        var corpus = NerFixture.Corpus().Select(s => Annotated(s)).ToList();
        folder.File("data/fixture.train.txt", string.Join("\n", corpus.Where((_, i) => i % 5 != 0)) + "\n");
        folder.File("data/fixture.heldout.txt", string.Join("\n", corpus.Where((_, i) => i % 5 == 0)) + "\n");
        string model = Path.Combine(folder.Path, "models", "ner.bin");

        var (code, output, error) = Run("train-ner", "--data", Path.Combine(folder.Path, "data"), "--gazetteers", RepoFiles.Get("data", "gazetteers"),
            "--out", model, "--folds", "2", "--epochs", "3", "--seed", "5");

        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "cross-validation, 2 folds");
        StringAssert.Contains(output, "held out (");
        StringAssert.Contains(output, "gazetteer + model");
        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "models", "ner.json")))!;
        Assert.AreEqual(5, (int)info["seed"]!);
        Assert.AreEqual(64, ((string)info["data"]!["sha256"]!).Length);
        Assert.IsNotNull(info["heldout"]!["with_model"]!["GROUP"]!["f1"]);
        Assert.IsNotNull(info["cross_validation"]!["gazetteer_only"]!["ALL"]!["p"]);
        Assert.AreEqual(new FileInfo(model).Length, (long)info["sizes"]!["model_bytes"]!);
    }

    private static string Annotated(IskpNlp.Training.Entities.EntitySentence sentence)
    {
        string text = sentence.Text;
        foreach (var name in sentence.Names.OrderByDescending(n => n.Span.Start))
        {
            text = text[..name.Span.Start] + "[[" + text[name.Span.Start..name.Span.End] + "|" + IskpNlp.Documents.Labels.Name(name.Type) + "]]" + text[name.Span.End..];
        }
        return text;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            int code = Program.CreateRoot().Parse(args).Invoke();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
