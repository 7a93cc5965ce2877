using IskpNlp.Documents;
using IskpNlp.Pipeline;
using IskpNlp.Text;

namespace IskpNlp.Tests.Text;

[TestClass]
public sealed class FurnitureMarkerTests
{
    private const string Title = "Borderlands: Recruitment Along the Amu Darya";

    /// <summary>A newsletter page as a scraper leaves it: masthead, repeated title, share blocks, paywall, footer.</summary>
    private const string NewsletterPage = """
        The Steppe Ledger

        The Steppe Ledger

        Share this article

        The Steppe Ledger
        The Steppe Ledger
        Borderlands: Recruitment Along the Amu Darya

        Borderlands: Recruitment Along the Amu Darya

        Why militant networks keep finding young men on both banks of the river.

        Mira Kestrel's avatar
        Mira Kestrel
        Sep 14, 2023
        ∙ Paid
        42

        Share this article

        The Steppe Ledger
        The Steppe Ledger
        Borderlands: Recruitment Along the Amu Darya
        5
        Share

        A ferry crossing near Termez. Photo credit

        Unemployment in the border districts has pushed thousands of young Tajiks to look for work in Russia. Recruiters follow them there.

        Map of the Amu Darya basin. Image source

        The Steppe Ledger is a reader-supported newsletter about the region. For every new post, and to keep this work going, become a free or paid subscriber.

        Keep reading with a free trial

        Subscribe to The Steppe Ledger to read the rest of this post and browse the whole archive free for two weeks.

        Already a paid subscriber? Log in
        © 2024 Mira Kestrel
        Privacy ∙ Terms ∙ Cookie policy
        Start writingDownload the app
        Ledgerly is where independent writers publish

        Share
        """;

    private static readonly string[] NewsletterArticle =
    [
        "Borderlands: Recruitment Along the Amu Darya",
        "Why militant networks keep finding young men on both banks of the river.",
        "Mira Kestrel",
        "Sep 14, 2023",
        "A ferry crossing near Termez.",
        "Unemployment in the border districts has pushed thousands of young Tajiks to look for work in Russia.",
        "Recruiters follow them there.",
        "Map of the Amu Darya basin.",
    ];

    [TestMethod]
    [DataRow(Title)]
    [DataRow("")]
    public void Find_NewsletterPage_KeepsOnlyTheArticle(string title)
    {
        var document = Run(NewsletterPage, title: title);
        CollectionAssert.AreEqual(NewsletterArticle, Article(document));
        Assert.AreEqual(NewsletterArticle.Length, document.ArticleSentenceCount);
    }

    [TestMethod]
    public void Find_NewsletterPage_MarksEachKindOfFurniture()
    {
        var furniture = Furniture(Run(NewsletterPage, title: Title));
        string[] expected =
        [
            "The Steppe Ledger", "Share this article", "Mira Kestrel's avatar", "∙ Paid", "42", "5", "Share", "Photo credit",
            "Image source", "The Steppe Ledger is a reader-supported newsletter about the region.", "Keep reading with a free trial",
            "Already a paid subscriber?", "Log in", "© 2024 Mira Kestrel", "Privacy ∙ Terms ∙ Cookie policy",
            "Start writingDownload the app", "Ledgerly is where independent writers publish",
            "For every new post, and to keep this work going, become a free or paid subscriber.",
            "Subscribe to The Steppe Ledger to read the rest of this post and browse the whole archive free for two weeks.",
        ];
        foreach (string line in expected)
        {
            CollectionAssert.Contains(furniture, line);
        }
    }

    [TestMethod]
    public void Find_LineRepeatingAnEarlierLine_IsFurnitureAndTheFirstStays()
    {
        var document = Run("Tajik recruits\n\nThe body says more about them.\n\nTajik  recruits");
        CollectionAssert.AreEqual(new[] { "Tajik recruits", "The body says more about them." }, Article(document));
    }

    [TestMethod]
    public void Find_RepeatedLineAboveTheTitle_IsFurnitureEverywhere()
    {
        const string text = "Site Name\nSite Name\nThe Title\n\nThe Title\n\nA first line of prose that is long enough to count as prose here.\n\nSite Name";
        CollectionAssert.AreEqual(
            new[] { "The Title", "A first line of prose that is long enough to count as prose here." },
            Article(Run(text, title: "The Title")));
    }

    [TestMethod]
    public void Find_TitleGivenButNotRepeated_KeepsRepeatedLinesFirstOccurrenceBelowIt()
    {
        const string text = "The Title\nKabul Notes\n\nKabul Notes";
        CollectionAssert.AreEqual(new[] { "The Title", "Kabul Notes" }, Article(Run(text, title: "The Title")));
    }

    [TestMethod]
    [DataRow("Share")]
    [DataRow("Share this post")]
    [DataRow("Sign in")]
    [DataRow("Subscribe")]
    [DataRow("Privacy ∙ Terms ∙ Collection notice")]
    [DataRow("Start writingGet the app")]
    [DataRow("Read more")]
    [DataRow("12 Comments")]
    [DataRow("Follow us on Telegram")]
    [DataRow("Like · Reply")]
    [DataRow("17")]
    [DataRow("1.2K")]
    [DataRow("* * *")]
    [DataRow("© 2025 Some Author")]
    [DataRow("Copyright 2025 Some Newspaper Ltd")]
    [DataRow("Some Author's avatar")]
    [DataRow("Download PDF | Share")]
    [DataRow("Discussion about this post")]
    [DataRow("Image source")]
    [DataRow("Photo credit")]
    [DataRow("Read more: Tajik migrants face new checks at Russian airports")]
    [DataRow("READ MORE: Kabul after the fall, three years on")]
    [DataRow("Related | Islamic State claims attack in Puntland")]
    [DataRow("See also: How ISKP recruits in Central Asia")]
    [DataRow("You may also like: The long road from Osh to Raqqa")]
    [DataRow("World | Security")]
    [DataRow("Somalia | Security | Politics")]
    [DataRow("Kyrgyzstan · Tajikistan · Migration · Region")]
    [DataRow("Research › Policy Briefs")]
    [DataRow("Analysis · Central Asia Programme")]
    public void Find_InterfaceLine_IsFurniture(string line)
    {
        var document = Run($"A body line long enough to be prose sits above the interface line.\n{line}");
        CollectionAssert.AreEqual(new[] { "A body line long enough to be prose sits above the interface line." }, Article(document));
    }

    [TestMethod]
    [DataRow("Some Author")]
    [DataRow("Apr 08, 2024")]
    [DataRow("2024")]
    [DataRow("21.06.2024")]
    [DataRow("3.5")]
    [DataRow("The Taliban")]
    [DataRow("Recruitment in Central Asia")]
    [DataRow("Conclusion")]
    [DataRow("Map of Central Asia.")]
    [DataRow("Photo: Taliban fighters in Kabul")]
    [DataRow("Share of recruits from Tajikistan")]
    [DataRow("The channel had 10,000 subscribers.")]
    [DataRow("Its Telegram channel gained thousands of subscribers after the attack.")]
    [DataRow("The group's newsletter urged readers to join.")]
    [DataRow("“Subscribe to our channel,” the recruiter told him.")]
    [DataRow("Channels urged followers to subscribe and share the clips with your brothers.")]
    [DataRow("I will be in Osh this summer to follow the story; paid subscribers will get the interviews first.")]
    [DataRow("Read more about the case: the court file runs to 400 pages.")]
    [DataRow("Related reports from Osh: two men were detained, police said.")]
    [DataRow("Watch list: officials added 40 names in March.")]
    [DataRow("KABUL – Reuters")]
    [DataRow("• Policy response")]
    [DataRow("By Hodan Farah · 5 min read")]
    [DataRow("Kabul | police said the blast killed twelve")]
    [DataRow("Tajikistan | 2024 | 120 arrests")]
    public void Find_ArticleLine_IsKept(string line)
    {
        var document = Run($"A body line long enough to be prose sits above the article line.\n{line}");
        Assert.AreEqual(2, document.ArticleSentenceCount, line);
    }

    [TestMethod]
    [DataRow("Frontier Notes is a reader-supported newsletter.")]
    [DataRow("To get every new issue and back this reporting, become a free or paid subscriber.")]
    [DataRow("Already a paid subscriber?")]
    [DataRow("Subscribe to Frontier Notes to keep reading and unlock a week of full archive access.")]
    [DataRow("Upgrade to a paid subscription to unlock the archive.")]
    [DataRow("Subscribe to X")]
    [DataRow("Get the weekly security brief in your inbox every Monday.")]
    public void Find_PitchSentence_IsFurniture(string pitch)
    {
        var document = Run($"The body of the article is here and it is long enough to be prose. {pitch}");
        CollectionAssert.AreEqual(new[] { "The body of the article is here and it is long enough to be prose." }, Article(document));
    }

    [TestMethod]
    public void Find_CreditAfterCaption_KeepsTheCaption()
    {
        var document = Run("Fighters near the border. Photo: Some Agency");
        CollectionAssert.AreEqual(new[] { "Fighters near the border." }, Article(document));
    }

    [TestMethod]
    public void Find_AfterCopyright_KeepsProseOnly()
    {
        const string prose = "This closing paragraph is long enough and ends with a full stop.";
        var document = Run($"Body text that is prose, long enough to count, and it ends here.\n© 2025 Someone\nSome Platform is the home of writing\n{prose}");
        CollectionAssert.AreEqual(new[] { "Body text that is prose, long enough to count, and it ends here.", prose }, Article(document));
    }

    [TestMethod]
    public void Find_ProseMentioningKeepReading_StartsNoFooter()
    {
        const string text = "Analysts keep reading the group's statements for clues about its plans.\nA Heading Below";
        Assert.AreEqual(2, Run(text).ArticleSentenceCount);
    }

    [TestMethod]
    [DataRow("Continue reading")]
    [DataRow("© Some Agency")]
    public void Find_ButtonOrPhotoCopyright_IsFurnitureButStartsNoFooter(string line)
    {
        var document = Run($"Body text that is prose, long enough to count, and it ends here.\n{line}\nA Heading Below\nA caption below");
        CollectionAssert.AreEqual(
            new[] { "Body text that is prose, long enough to count, and it ends here.", "A Heading Below", "A caption below" },
            Article(document));
    }

    [TestMethod]
    public void Find_RulesSwitchedOff_MarkNothing()
    {
        var options = new FurnitureMarkerOptions { RepeatedLines = false, UiLines = false, Pitches = false, Footer = false };
        var document = Run(NewsletterPage, options, Title);
        Assert.AreEqual(document.Sentences.Length, document.ArticleSentenceCount);
    }

    [TestMethod]
    public void Find_FooterOff_KeepsLinesAfterCopyright()
    {
        const string text = "Body.\n© 2025 Someone\nSome Platform is the home of writing";
        Assert.AreEqual(2, Run(text, new FurnitureMarkerOptions { Footer = false }).ArticleSentenceCount);
        Assert.AreEqual(1, Run(text).ArticleSentenceCount);
    }

    [TestMethod]
    public void Find_MaxUiWords_LimitsInterfaceLines()
    {
        const string text = "Body.\nShare this post";
        Assert.AreEqual(2, Run(text, new FurnitureMarkerOptions { MaxUiWords = 2 }).ArticleSentenceCount);
        Assert.AreEqual(1, Run(text).ArticleSentenceCount);
    }

    [TestMethod]
    [DataRow(21)]
    [DataRow(22)]
    public void Find_RandomText_GivesOneFlagPerSentenceWithoutThrowing(int seed)
    {
        var random = new RandomText(seed);
        var marker = CreateSut();
        for (int n = 0; n < 2_000; n++)
        {
            var document = Run(random.Next(), title: n % 2 == 0 ? "" : random.Next(5));
            var flags = marker.Find(document.Text, document.Tokens, document.Sentences, "");
            Assert.HasCount(document.Sentences.Length, flags);
        }
    }

    [TestMethod]
    public void Find_SentencesNotTilingTheTokens_GivesOneFlagEach()
    {
        const string text = "Share\nA body line.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Sentence[] sentences = [new(new TextSpan(6, 18), 1, 4), new(new TextSpan(0, 5), 0, 1), new(new TextSpan(18, 18), 4, 4)];
        var flags = CreateSut().Find(text, tokens.ToArray(), sentences, "");
        CollectionAssert.AreEqual(new[] { false, true, false }, flags);
    }

    [TestMethod]
    public void Info_NameAndAnnotations_AreTheMarkers()
    {
        var info = CreateSut().Info;
        Assert.AreEqual("furniture", info.Name);
        Assert.AreEqual(Annotations.Tokens | Annotations.Sentences, info.Requires);
        Assert.AreEqual(Annotations.Furniture, info.Assigns);
    }

    [TestMethod]
    public void Read_EmptyBlock_GivesDefaults()
    {
        var options = FurnitureMarkerOptions.Read(SentenceSplitterTests.Reader(null, "stages.furniture"));
        Assert.IsTrue(options.RepeatedLines && options.UiLines && options.Pitches && options.Footer);
        Assert.AreEqual(8, options.MaxUiWords);
        Assert.AreEqual(10, options.MinProseWords);
    }

    [TestMethod]
    public void Read_Values_AreRead()
    {
        var options = FurnitureMarkerOptions.Read(SentenceSplitterTests.Reader(
            "repeated_lines: false\nui_lines: false\npitches: false\nfooter: false\nmax_ui_words: 5\nmin_prose_words: 20", "stages.furniture"));
        Assert.IsFalse(options.RepeatedLines || options.UiLines || options.Pitches || options.Footer);
        Assert.AreEqual(5, options.MaxUiWords);
        Assert.AreEqual(20, options.MinProseWords);
    }

    [TestMethod]
    public void Read_OutOfRange_ThrowsNamingKeyValueAndRange()
    {
        var error = Assert.ThrowsExactly<PipelineConfigException>(() =>
            FurnitureMarkerOptions.Read(SentenceSplitterTests.Reader("max_ui_words: 0", "stages.furniture")));
        Assert.AreEqual("pipeline.yaml:1:15: 'stages.furniture.max_ui_words' is 0; allowed: 1 to 30", error.Message);
    }

    [TestMethod]
    public void Registry_TextStages_AreRegisteredInOrder()
    {
        foreach (string name in new[] { "tokenizer", "sentences", "furniture" })
        {
            Assert.IsTrue(StageRegistry.TryGet(name, out var factory), name);
            var stage = factory.Create(factory.ReadOptions(SentenceSplitterTests.Reader(null, $"stages.{name}")), new StageContext("."));
            Assert.AreEqual(name, stage.Info.Name);
        }
        Assert.IsTrue(StageRegistry.TryGet("tokenizer", out var tokenizer));
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => tokenizer.ReadOptions(SentenceSplitterTests.Reader("lowercase: true", "stages.tokenizer")));
        StringAssert.Contains(error.Message, "unknown key 'stages.tokenizer.lowercase'; allowed: none (this stage has no options)");
    }

    private static FurnitureMarker CreateSut(FurnitureMarkerOptions? options = null) => new(options ?? FurnitureMarkerOptions.Default);

    private static Document Run(string text, FurnitureMarkerOptions? options = null, string title = "")
    {
        var document = new Document("d", text, new DocumentInfo { Title = title });
        new Tokenizer(TokenizerOptions.Default).Process(document, CancellationToken.None);
        new SentenceSplitter(SentenceSplitterOptions.Default).Process(document, CancellationToken.None);
        CreateSut(options).Process(document, CancellationToken.None);
        return document;
    }

    private static List<string> Article(Document document) => Sentences(document, furniture: false);

    private static List<string> Furniture(Document document) => Sentences(document, furniture: true);

    private static List<string> Sentences(Document document, bool furniture)
    {
        var texts = new List<string>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsFurniture == furniture)
            {
                texts.Add(document[sentence.Span].ToString());
            }
        }
        return texts;
    }
}
