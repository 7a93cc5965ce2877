using IskpNlp.Documents;
using IskpNlp.Pipeline;
using IskpNlp.Text;
using YamlDotNet.RepresentationModel;

namespace IskpNlp.Tests.Text;

[TestClass]
public sealed class SentenceSplitterTests
{
    private const string Separator = " || ";

    [TestMethod]
    [DataRow("One here. Two there.", "One here. || Two there.")]
    [DataRow("Why? Because! Fine.", "Why? || Because! || Fine.")]
    [DataRow("U.S. officials met. They left.", "U.S. officials met. || They left.")]
    [DataRow("Gen. Smith spoke.", "Gen. Smith spoke.")]
    [DataRow("Dr. Rahimov and Mr. Karimov met on Jan. 5 in Dushanbe.", "Dr. Rahimov and Mr. Karimov met on Jan. 5 in Dushanbe.")]
    [DataRow("They fled to the U.S. The group followed.", "They fled to the U.S. || The group followed.")]
    [DataRow("John F. Kennedy was shot.", "John F. Kennedy was shot.")]
    [DataRow("e.g. this one.", "e.g. this one.")]
    [DataRow("He said \"No.\" Then he left.", "He said \"No.\" || Then he left.")]
    [DataRow("He said “no.” Then he left.", "He said “no.” || Then he left.")]
    [DataRow("(See the map.) The border is long.", "(See the map.) || The border is long.")]
    [DataRow("It grew 3.5 percent. Then it fell.", "It grew 3.5 percent. || Then it fell.")]
    [DataRow("And then... they left.", "And then... they left.")]
    [DataRow("Wait... The rest came.", "Wait... || The rest came.")]
    [DataRow("\"Stop!\" — he shouted.", "\"Stop!\" — he shouted.")]
    [DataRow("What?! No way.", "What?! || No way.")]
    [DataRow("Heading\nBody text here.", "Heading || Body text here.")]
    [DataRow("First paragraph\n\nSecond paragraph", "First paragraph || Second paragraph")]
    [DataRow("the group recruits\nheavily from Central Asia.", "the group recruits\nheavily from Central Asia.")]
    [DataRow("Map of Central Asia. Image source", "Map of Central Asia. || Image source")]
    [DataRow("Apr 08, 2024\nBody.", "Apr 08, 2024 || Body.")]
    [DataRow("1. First item\n2. Second item", "1. First item || 2. Second item")]
    [DataRow("• one\n• two", "• one || • two")]
    [DataRow("In Москва. Затем Душанбе.", "In Москва. || Затем Душанбе.")]
    [DataRow("قتل. هجوم", "قتل. || هجوم")]
    [DataRow("It was 2024. 50 people died.", "It was 2024. || 50 people died.")]
    [DataRow("See https://example.org/x. Then go.", "See https://example.org/x. || Then go.")]
    [DataRow("Line one\r\nLine two", "Line one || Line two")]
    [DataRow("Already a paid subscriber? Sign in", "Already a paid subscriber? || Sign in")]
    [DataRow("It ended.The next began.", "It ended. || The next began.")]
    [DataRow("The ISKP’s men. The others.", "The ISKP’s men. || The others.")]
    public void Split_TrickyCase_GivesExpectedSentences(string text, string expected)
    {
        var (_, sentences) = Split(text, CreateSut());
        Assert.AreEqual(expected, string.Join(Separator, sentences.Select(s => text[s.Span.Start..s.Span.End])));
    }

    [TestMethod]
    public void Split_ExtraAbbreviation_SplitsOnlyWithoutTheOption()
    {
        var (_, sentences) = Split("Brgd. Rahimov arrived.", CreateSut());
        Assert.HasCount(2, sentences);
        var (_, withOption) = Split("Brgd. Rahimov arrived.", CreateSut(new SentenceSplitterOptions { Abbreviations = ["Brgd"] }));
        Assert.HasCount(1, withOption);
    }

    [TestMethod]
    public void Split_JoinWrappedLinesOff_SplitsAtEveryLineBreak()
    {
        var (_, sentences) = Split("the group recruits\nheavily here.", CreateSut(new SentenceSplitterOptions { JoinWrappedLines = false }));
        Assert.HasCount(2, sentences);
    }

    [TestMethod]
    public void Split_Sentences_TileTheTokensWithExactSpans()
    {
        const string text = "  ISKP’s men.  They left!\n\nHeading  \n“Quote.” End";
        var (tokens, sentences) = Split(text, CreateSut());
        Assert.AreEqual(0, sentences[0].FirstToken);
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            Assert.AreEqual(tokens[s.FirstToken].Start, s.Span.Start);
            Assert.AreEqual(tokens[s.EndToken - 1].End, s.Span.End);
            Assert.AreEqual(i + 1 < sentences.Count ? sentences[i + 1].FirstToken : tokens.Count, s.EndToken);
        }
    }

    [TestMethod]
    [DataRow(11)]
    [DataRow(12)]
    [DataRow(13)]
    [DataRow(14)]
    [DataRow(15)]
    public void Split_RandomText_SentencesTileTheTokens(int seed)
    {
        var random = new RandomText(seed);
        var splitter = CreateSut();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        for (int n = 0; n < 2_000; n++)
        {
            string text = random.Next();
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, tokens);
            splitter.Split(text, tokens.ToArray(), sentences);
            int next = 0;
            foreach (var s in sentences)
            {
                string where = $"seed {seed}, input {n}, sentence {s}";
                Assert.AreEqual(next, s.FirstToken, where);
                Assert.IsGreaterThan(s.FirstToken, s.EndToken, where);
                Assert.AreEqual(new TextSpan(tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End), s.Span, where);
                next = s.EndToken;
            }
            Assert.AreEqual(tokens.Count, next, $"seed {seed}, input {n}: sentences end before the last token");
        }
    }

    [TestMethod]
    public void Split_NoTokens_GivesNoSentence()
    {
        var (_, sentences) = Split("   ", CreateSut());
        Assert.IsEmpty(sentences);
    }

    [TestMethod]
    public void Process_Document_AddsSentences()
    {
        var document = new Document("d", "One. Two.");
        new Tokenizer(TokenizerOptions.Default).Process(document, CancellationToken.None);
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual(2, document.Sentences.Length);
        Assert.AreEqual("Two.", document[document.Sentences[1].Span].ToString());
    }

    [TestMethod]
    public void Process_DocumentWithSentences_KeepsThem()
    {
        var document = new Document("d", "One. Two.");
        new Tokenizer(TokenizerOptions.Default).Process(document, CancellationToken.None);
        document.AddSentence(new Sentence(new TextSpan(0, 9), 0, 4));
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual(1, document.Sentences.Length);
    }

    [TestMethod]
    public void Info_NameAndAnnotations_AreTheSplitters()
    {
        var info = CreateSut().Info;
        Assert.AreEqual("sentences", info.Name);
        Assert.AreEqual(Annotations.Tokens, info.Requires);
        Assert.AreEqual(Annotations.Sentences, info.Assigns);
    }

    [TestMethod]
    public void Read_EmptyBlock_GivesDefaults()
    {
        var options = SentenceSplitterOptions.Read(Reader(null));
        Assert.IsEmpty(options.Abbreviations);
        Assert.IsTrue(options.JoinWrappedLines);
    }

    [TestMethod]
    public void Read_Values_AreRead()
    {
        var options = SentenceSplitterOptions.Read(Reader("abbreviations: [Brig, Amb]\njoin_wrapped_lines: false"));
        CollectionAssert.AreEqual(new[] { "Brig", "Amb" }, options.Abbreviations.ToArray());
        Assert.IsFalse(options.JoinWrappedLines);
    }

    [TestMethod]
    public void Read_AbbreviationWithFullStop_ThrowsNamingKeyAndValue()
    {
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => SentenceSplitterOptions.Read(Reader("abbreviations: [Brig.]")));
        Assert.AreEqual("pipeline.yaml: 'stages.sentences.abbreviations' has 'Brig.'; allowed: one word without its full stop, such as 'Brig'", error.Message);
    }

    [TestMethod]
    public void Registry_Sentences_ReadsOptionsAndRejectsUnknownKeys()
    {
        Assert.IsTrue(StageRegistry.TryGet("sentences", out var factory));
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => factory.ReadOptions(Reader("abbreviation: [Brig]")));
        StringAssert.Contains(error.Message, "unknown key 'stages.sentences.abbreviation'; allowed: abbreviations, join_wrapped_lines");
        var stage = factory.Create(factory.ReadOptions(Reader(null)), new StageContext("."));
        Assert.IsInstanceOfType<SentenceSplitter>(stage);
    }

    private static SentenceSplitter CreateSut(SentenceSplitterOptions? options = null) => new(options ?? SentenceSplitterOptions.Default);

    private static (List<Token> Tokens, List<Sentence> Sentences) Split(string text, SentenceSplitter splitter)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        splitter.Split(text, tokens.ToArray(), sentences);
        return (tokens, sentences);
    }

    internal static OptionsReader Reader(string? yaml, string path = "stages.sentences")
    {
        YamlMappingNode? mapping = null;
        if (yaml is not null)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            mapping = (YamlMappingNode)stream.Documents[0].RootNode;
        }
        return new OptionsReader(mapping, "pipeline.yaml", path, ".");
    }
}
