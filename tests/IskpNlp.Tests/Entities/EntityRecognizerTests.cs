using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Pipeline;
using YamlDotNet.RepresentationModel;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class EntityRecognizerTests
{
    [TestMethod]
    [DataRow("Police said the Jund al-Furqan network recruited migrants.", "GROUP:Jund al-Furqan:model")]
    [DataRow("Three men were detained in the Vose district on Monday.", "LOCATION:Vose:model")]
    [DataRow("Members of the Jund al-Furqan network were arrested in Vose district.", "GROUP:Jund al-Furqan:model; LOCATION:Vose:model")]
    [DataRow("Tajik officers detained three men near Kalininobod.", "NATIONALITY:Tajik:gazetteer; LOCATION:Kalininobod:model")]
    public void Process_InventedNamesNoGazetteerHas_FindsThem(string text, string expected)
    {
        var document = Run(text);

        Assert.AreEqual(expected, NerFixture.Describe(document));
    }

    [TestMethod]
    public void Process_ModelName_HasOwnTextAsCanonicalAndNoCode()
    {
        var document = Run("Police said the Jund al-Furqan network recruited migrants.");

        var mention = document.Mentions[0];
        Assert.AreEqual(MentionMethod.Model, mention.Method);
        Assert.AreEqual("Jund al-Furqan", mention.Canonical);
        Assert.AreEqual("", mention.Code);
        Assert.IsTrue(mention.Confidence is >= 0.5f and <= 1f, $"confidence {mention.Confidence}");
        Assert.AreEqual(0, mention.Sentence);
    }

    [TestMethod]
    public void Process_EverySpan_IsItsTextInsideItsSentence()
    {
        var document = Run("Members of the Jund al-Furqan network were arrested in Vose district.");

        foreach (var mention in document.Mentions)
        {
            Assert.IsTrue(document.Sentences[mention.Sentence].Span.Contains(mention.Span));
            Assert.AreEqual(document[mention.Span].Trim().Length, mention.Span.Length);
        }
    }

    [TestMethod]
    public void Process_FurnitureSentence_IsLeftAlone()
    {
        var document = NerFixture.Document("Police said the Jund al-Furqan network recruited migrants.");
        document.MarkFurniture(0);

        CreateSut(0).Process(document, CancellationToken.None);

        Assert.AreEqual(0, document.Mentions.Length);
    }

    [TestMethod]
    public void Process_MinConfidenceOne_AddsNoModelName()
    {
        var document = NerFixture.Document("Police said the Jund al-Furqan network recruited migrants.");

        CreateSut(1).Process(document, CancellationToken.None);

        Assert.AreEqual(0, document.Mentions.Length);
    }

    [TestMethod]
    public void Process_HeadingInCapitals_AddsNoModelName()
    {
        Assert.AreEqual("", NerFixture.Describe(Run("POLICE RAID HOMES OF JUND AL-FURQAN NETWORK IN VOSE")));
    }

    [TestMethod]
    public void Merge_SameSpanAsGazetteer_GazetteerWins()
    {
        var document = NerFixture.Document("Recruiters met in Vose yesterday.");
        var gazetteer = Mention(document, "Vose", EntityType.Location, MentionMethod.Gazetteer);
        document.AddMention(gazetteer);

        EntityRecognizer.Merge(document, [Mention(document, "Vose", EntityType.Group, MentionMethod.Model)]);

        Assert.AreEqual(1, document.Mentions.Length);
        Assert.AreEqual(gazetteer, document.Mentions[0]);
    }

    [TestMethod]
    public void Merge_LongerModelName_ReplacesShorterGazetteerName()
    {
        var document = NerFixture.Document("Jamaat Shuhada Osh posted a video.");
        document.AddMention(Mention(document, "Osh", EntityType.Location, MentionMethod.Gazetteer));

        EntityRecognizer.Merge(document, [Mention(document, "Jamaat Shuhada Osh", EntityType.Group, MentionMethod.Model)]);

        Assert.AreEqual("GROUP:Jamaat Shuhada Osh:model", NerFixture.Describe(document));
    }

    [TestMethod]
    public void Merge_ShorterModelNameInsideGazetteerName_IsDropped()
    {
        var document = NerFixture.Document("The Islamic Movement of Uzbekistan regrouped.");
        document.AddMention(Mention(document, "Islamic Movement of Uzbekistan", EntityType.Group, MentionMethod.Gazetteer));

        EntityRecognizer.Merge(document, [Mention(document, "Uzbekistan", EntityType.Country, MentionMethod.Model)]);

        Assert.AreEqual("GROUP:Islamic Movement of Uzbekistan:gazetteer", NerFixture.Describe(document));
    }

    [TestMethod]
    public void Merge_ModelNameOverGazetteerNamesInsideHyphenatedWord_IsDropped()
    {
        var document = NerFixture.Document("The Tajik-Afghan border is long.");
        int start = document.Text.IndexOf("Tajik", StringComparison.Ordinal);
        document.AddMention(new Mention(new TextSpan(start, start + 5), EntityType.Nationality, "Tajik", "TJ", "", 0.9f, MentionMethod.Gazetteer, 0));
        document.AddMention(new Mention(new TextSpan(start + 6, start + 12), EntityType.Nationality, "Afghan", "AF", "", 0.9f, MentionMethod.Gazetteer, 0));

        EntityRecognizer.Merge(document, [Mention(document, "Tajik-Afghan", EntityType.Location, MentionMethod.Model)]);

        Assert.AreEqual("NATIONALITY:Tajik:gazetteer; NATIONALITY:Afghan:gazetteer", NerFixture.Describe(document));
    }

    [TestMethod]
    public void Merge_NameNoMentionOverlaps_IsAdded()
    {
        var document = NerFixture.Document("Recruiters from Vose met in Dushanbe.");
        document.AddMention(Mention(document, "Dushanbe", EntityType.Location, MentionMethod.Gazetteer));

        EntityRecognizer.Merge(document, [Mention(document, "Vose", EntityType.Location, MentionMethod.Model)]);

        Assert.AreEqual("LOCATION:Vose:model; LOCATION:Dushanbe:gazetteer", NerFixture.Describe(document));
    }

    [TestMethod]
    public void Info_RunsOnTokensSentencesFurniture_AssignsEntities()
    {
        var sut = CreateSut(0.5);

        Assert.AreEqual("ner", sut.Info.Name);
        Assert.AreEqual(Annotations.Tokens | Annotations.Sentences | Annotations.Furniture, sut.Info.Requires);
        Assert.AreEqual(Annotations.Entities, sut.Info.Assigns);
    }

    [TestMethod]
    public void Options_Defaults()
    {
        var options = new EntityRecognizerOptions();

        Assert.AreEqual("models/ner.bin", options.Model);
        Assert.AreEqual(0.5, options.MinConfidence);
        Assert.AreEqual("data/gazetteers", options.Directory);
    }

    [TestMethod]
    public void Options_MinConfidenceOutOfRange_NamesKeyValueAndRange()
    {
        using var folder = new TempFolder();
        folder.File("models/ner.bin", "x");
        Directory.CreateDirectory(Path.Combine(folder.Path, "data", "gazetteers"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader("min_confidence: 1.5\n"));
        var reader = new OptionsReader((YamlMappingNode)yaml.Documents[0].RootNode, "pipeline.yaml", "stages.ner", folder.Path);

        var error = Assert.ThrowsExactly<PipelineConfigException>(() => EntityRecognizerOptions.Read(reader));

        StringAssert.Contains(error.Message, "pipeline.yaml:1:");
        StringAssert.Contains(error.Message, "'stages.ner.min_confidence' is 1.5; allowed: 0 to 1");
    }

    [TestMethod]
    public void Constructor_ForeignModelFile_ThrowsConfigErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        string model = folder.File("ner.bin", "not a model at all");

        var error = Assert.ThrowsExactly<PipelineConfigException>(() =>
            new EntityRecognizer(new EntityRecognizerOptions { Model = model }, NerFixture.CreateGazetteer()));

        StringAssert.Contains(error.Message, model);
        StringAssert.Contains(error.Message, "ISKPNER");
    }

    [TestMethod]
    public void Constructor_ModelFile_DescribesItForRunJson()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "ner.bin");
        NerFixture.Model.Save(path);

        var sut = new EntityRecognizer(new EntityRecognizerOptions { Model = path }, NerFixture.CreateGazetteer());

        Assert.AreEqual("ner", sut.Model.Stage);
        Assert.AreEqual(path, sut.Model.File);
        Assert.AreEqual(64, sut.Model.Sha256.Length);
    }

    [TestMethod]
    public void RepoPipeline_NerRunsAfterGazetteer_AndItsModelLoads()
    {
        var config = PipelineConfigReader.Load(RepoFiles.Get("pipeline.yaml"), new Dictionary<string, string>());
        var names = config.Stages.Select(s => s.Name).ToList();
        var options = config.OptionsOf<EntityRecognizerOptions>()!;

        var sut = new EntityRecognizer(options, Gazetteer.Load(options.Directory));

        Assert.AreEqual(names.IndexOf("gazetteer") + 1, names.IndexOf("ner"));
        Assert.AreEqual(RepoFiles.Get("models", "ner.bin"), options.Model);
        Assert.AreEqual(0.5, options.MinConfidence);
        Assert.IsNotNull(sut.Model.Metrics?["heldout"]);
    }

    private static EntityRecognizer CreateSut(double minConfidence) =>
        new(new PerceptronTagger(NerFixture.Model), NerFixture.CreateGazetteer(), minConfidence);

    private static Document Run(string text)
    {
        var gazetteer = NerFixture.CreateGazetteer();
        var document = NerFixture.Document(text);
        new GazetteerSpotter(gazetteer).Process(document, CancellationToken.None);
        new EntityRecognizer(new PerceptronTagger(NerFixture.Model), gazetteer, 0.5).Process(document, CancellationToken.None);
        return document;
    }

    private static Mention Mention(Document document, string text, EntityType type, MentionMethod method)
    {
        int start = document.Text.IndexOf(text, StringComparison.Ordinal);
        return new Mention(new TextSpan(start, start + text.Length), type, text, "", "", 0.9f, method, 0);
    }
}
