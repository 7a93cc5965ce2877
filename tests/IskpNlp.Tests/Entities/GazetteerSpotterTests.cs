using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Text;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class GazetteerSpotterTests
{
    private static readonly Lazy<Gazetteer> RepoGazetteer = new(() => Gazetteer.Load(RepoFiles.Get("data", "gazetteers")));

    // The ambiguity table of the entities issue: each row is a sentence and every mention the
    // spotter must find in it, as TYPE:text (with :CODE or =canonical where it matters), in order.
    [TestMethod]
    [DataRow("IS claimed the attack on Friday.", "GROUP:IS=Islamic State")]
    [DataRow("Fighters of the IS affiliate crossed the border.", "GROUP:IS=Islamic State")]
    [DataRow("The question is whether it is over.", "")]
    [DataRow("The camera IS the story here.", "")]
    [DataRow("Police arrested the admin of a pro-IS channel.", "GROUP:IS=Islamic State")]
    [DataRow("IS remnants still roam the desert.", "GROUP:IS=Islamic State")]
    [DataRow("IS IT OVER? THE MARKET WAITS", "")]
    [DataRow("Islamic State (IS) fighters fled.", "GROUP:Islamic State=Islamic State; GROUP:IS=Islamic State")]
    [DataRow("Let us not forget the victims.", "")]
    [DataRow("The US imposed sanctions.", "COUNTRY:US:US")]
    [DataRow("U.S. officials said the cell was small.", "COUNTRY:U.S.:US")]
    [DataRow("ISKP’s media wing published a statement.", "GROUP:ISKP=Islamic State Khorasan Province")]
    [DataRow("ISIS-K recruiters targeted migrants.", "GROUP:ISIS-K=Islamic State Khorasan Province")]
    [DataRow("The Afghanistan-based group expanded.", "COUNTRY:Afghanistan:AF")]
    [DataRow("An ISIS-inspired teenager was arrested.", "GROUP:ISIS=Islamic State")]
    [DataRow("The al-Qaeda-linked cell was dismantled.", "GROUP:al-Qaeda=al-Qaeda")]
    [DataRow("Al-Qaida still runs training camps.", "GROUP:Al-Qaida=al-Qaeda")]
    [DataRow("The Afghan Taliban denied any role.", "GROUP:Afghan Taliban=Taliban")]
    [DataRow("Afghan police found the weapons.", "NATIONALITY:Afghan:AF")]
    [DataRow("Videos in Tajik reached thousands.", "")]
    [DataRow("Channels publish in Tajik, Uzbek, Russian and Kyrgyz.", "")]
    [DataRow("Tajik-language propaganda spread on Telegram.", "")]
    [DataRow("Russian-speaking recruiters were active.", "")]
    [DataRow("Uzbek speakers dominate the forums.", "")]
    [DataRow("Four Tajik nationals were charged.", "NATIONALITY:Tajik:TJ")]
    [DataRow("Young Tajiks work in Russian cities.", "NATIONALITY:Tajiks:TJ; NATIONALITY:Russian:RU")]
    [DataRow("The Islamic Movement of Uzbekistan regrouped.", "GROUP:Islamic Movement of Uzbekistan=Islamic Movement of Uzbekistan")]
    [DataRow("The Islamic State Khorasan Province (ISKP) grew.", "GROUP:Islamic State Khorasan Province; GROUP:ISKP")]
    [DataRow("He studied at the Russian Academy of Sciences.", "")]
    [DataRow("Soldiers of the Afghan National Army surrendered.", "")]
    [DataRow("She spoke to Radio Free Europe.", "")]
    [DataRow("The Voice of America broadcast the interview.", "")]
    [DataRow("He told RFE/RL's Tajik Service that he was afraid.", "")]
    [DataRow("Soviet troops left in 1989.", "NATIONALITY:Soviet:SU")]
    [DataRow("The Soviet Union collapsed.", "COUNTRY:Soviet Union:SU")]
    [DataRow("Western governments responded.", "")]
    [DataRow("Chechen fighters joined the group.", "NATIONALITY:Chechen:RU")]
    [DataRow("Uyghur militants trained there.", "NATIONALITY:Uyghur:")]
    [DataRow("Central Asian recruits are valued.", "NATIONALITY:Central Asian:")]
    [DataRow("Recruitment in Central Asia rose.", "LOCATION:Central Asia:")]
    [DataRow("Police in Moscow detained two men.", "LOCATION:Moscow:RU")]
    [DataRow("DUSHANBE, March 3 (Wire) - Police said.", "LOCATION:DUSHANBE:TJ")]
    [DataRow("Turkey deported the suspects.", "COUNTRY:Turkey:TR")]
    [DataRow("Türkiye deported the suspects.", "COUNTRY:Türkiye:TR")]
    [DataRow("They ate turkey at the party.", "")]
    [DataRow("Georgia hosted the talks in Tbilisi.", "COUNTRY:Georgia:GE; LOCATION:Tbilisi:GE")]
    [DataRow("He moved to the state of Georgia.", "")]
    [DataRow("Jordan Peterson gave a talk.", "")]
    [DataRow("Jordan closed its border with Syria.", "COUNTRY:Jordan:JO; COUNTRY:Syria:SY")]
    [DataRow("Chad Wilson wrote the report.", "")]
    [DataRow("Troops from Chad and Niger were deployed to Mali.", "COUNTRY:Chad:TD; COUNTRY:Niger:NE; COUNTRY:Mali:ML")]
    [DataRow("Reading the figures is hard.", "")]
    [DataRow("The suspect grew up in Reading.", "LOCATION:Reading:GB")]
    [DataRow("Nice weather helped the fans.", "")]
    [DataRow("The attack in Nice killed 86 people.", "LOCATION:Nice:FR")]
    [DataRow("Mobile phones were seized.", "")]
    [DataRow("The Pakistani Taliban (TTP) attacked a post.", "GROUP:Pakistani Taliban=Tehrik-i-Taliban Pakistan; GROUP:TTP=Tehrik-i-Taliban Pakistan")]
    [DataRow("Kerman was hit by two blasts.", "LOCATION:Kerman:IR")]
    [DataRow("The Fergana Valley spans three states.", "LOCATION:Fergana Valley:")]
    [DataRow("Clashes in the Tajik-Afghan border area continued.", "NATIONALITY:Tajik:TJ; NATIONALITY:Afghan:AF")]
    [DataRow("The Vienna-based Centre for Migration published it.", "LOCATION:Vienna:AT")]
    [DataRow("Daesh lost its last town.", "GROUP:Daesh=Islamic State")]
    [DataRow("Hizb ut-Tahrir is banned in Russia.", "GROUP:Hizb ut-Tahrir=Hizb ut-Tahrir; COUNTRY:Russia:RU")]
    [DataRow("Thousands of women remain in al-Hol camp.", "")]
    [DataRow("Traders at the Dordoi bazaar were questioned in Bishkek.", "LOCATION:Bishkek:KG")]
    [DataRow("He watched sermons in Tajik on YouTube every night.", "")]
    [DataRow("Channels post in Uzbek, Tajik and Russian since the takeover.", "")]
    [DataRow("The Central Asia Extremism Observatory published the brief.", "")]
    [DataRow("LEVANT REVIEW · INTERVIEW", "")]
    [DataRow("Fighters from the Alliance of Sahel States patrolled.", "")]
    [DataRow("The FBI and the United Nations issued warnings.", "")]
    [DataRow("The Biden administration was briefed.", "")]
    // A name that places in two countries share takes the country named beside it, else the one the
    // text names most, else the likelier one (the gazetteer lists it first).
    [DataRow("Militants attacked a police post in Indian Punjab.", "NATIONALITY:Indian:IN; LOCATION:Punjab:IN")]
    [DataRow("Pakistan’s Punjab banned the rally.", "COUNTRY:Pakistan:PK; LOCATION:Punjab:PK")]
    [DataRow("Floods hit Punjab, India, in July.", "LOCATION:Punjab:IN; COUNTRY:India:IN")]
    [DataRow("Floods hit Punjab in July.", "LOCATION:Punjab:PK")]
    [DataRow("Delhi and Amritsar tightened security. The cell was based in Punjab.", "LOCATION:Delhi:IN; LOCATION:Amritsar:IN; LOCATION:Punjab:IN")]
    [DataRow("Afghanistan’s north is restive. Afghan officials say fighters gathered in Badakhshan, which borders Tajikistan.", "COUNTRY:Afghanistan:AF; NATIONALITY:Afghan:AF; LOCATION:Badakhshan:AF; COUNTRY:Tajikistan:TJ")]
    [DataRow("Tajik Badakhshan has been under lockdown since 2022.", "NATIONALITY:Tajik:TJ; LOCATION:Badakhshan:TJ")]
    [DataRow("Iran blamed Jaish al-Adl for the attack in Zahedan. The group recruits across Balochistan.", "COUNTRY:Iran:IR; GROUP:Jaish al-Adl; LOCATION:Zahedan:IR; LOCATION:Balochistan:IR")]
    [DataRow("She spent three years in the al-Hol and Roj camps.", "")]
    [DataRow("She lived in al-Hol and Raqqa after the fall of Baghuz.", "LOCATION:al-Hol; LOCATION:Raqqa; LOCATION:Baghuz")]
    [DataRow("SAHEL SECURITY OBSERVATORY", "")]
    [DataRow("Meridian Newswire", "")]
    [DataRow("INDIAN OCEAN DISPATCH", "")]
    [DataRow("KABUL: TALIBAN CLOSE TWO RADIO STATIONS", "LOCATION:KABUL; GROUP:TALIBAN")]
    [DataRow("The Afghanistan Organization for Human Rights issued a report.", "")]
    [DataRow("Russia blamed the attack, which IS claimed within hours, on Ukraine.", "COUNTRY:Russia; GROUP:IS=Islamic State; COUNTRY:Ukraine")]
    [DataRow("The question is which IS the better option.", "")]
    [DataRow("They fled to Syria, where IS still held territory.", "COUNTRY:Syria; GROUP:IS=Islamic State")]
    [DataRow("He said that IS videos reached him on Telegram.", "GROUP:IS=Islamic State")]
    [DataRow("That is what it IS now.", "")]
    [DataRow("This IS still the question.", "")]
    [DataRow("His book on returnees will be published in Russian next year.", "")]
    [DataRow("Maranao elders in Marawi met the army.", "NATIONALITY:Maranao:PH; LOCATION:Marawi:PH")]
    [DataRow("Yazidi survivors testified in Koblenz.", "NATIONALITY:Yazidi:; LOCATION:Koblenz:DE")]
    [DataRow("Police in Kwale arrested two men.", "LOCATION:Kwale:NG")]
    [DataRow("Kenyan police in Kwale arrested two men.", "NATIONALITY:Kenyan:KE; LOCATION:Kwale:KE")]
    [DataRow("Militias fought in Tripoli overnight.", "LOCATION:Tripoli:LY")]
    [DataRow("Lebanon’s army deployed in Tripoli after clashes in the north of Lebanon.", "COUNTRY:Lebanon:LB; LOCATION:Tripoli:LB; COUNTRY:Lebanon:LB")]
    public void Spot_AmbiguityTable_FindsExactlyTheseMentions(string sentence, string expected)
    {
        var document = Process(sentence);
        var actual = document.Mentions.ToArray().Select(m => Describe(document, m, expected)).ToArray();
        var wanted = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        CollectionAssert.AreEqual(wanted, actual, $"sentence: {sentence}\nfound: {string.Join("; ", document.Mentions.ToArray().Select(m => Describe(document, m, "=:")))}");
    }

    [TestMethod]
    public void Process_TwoDocumentsOnOneThread_EachGetsOnlyItsOwnMentions()
    {
        var first = Process("Fighters crossed from Afghanistan into Tajikistan.");
        var second = Process("Uzbeks in Moscow were questioned.");
        CollectionAssert.AreEqual(new[] { "Afghanistan", "Tajikistan" }, first.Mentions.ToArray().Select(m => m.Canonical).ToArray());
        CollectionAssert.AreEqual(new[] { "Uzbek", "Moscow" }, second.Mentions.ToArray().Select(m => m.Canonical).ToArray());
    }

    [TestMethod]
    public void Spot_IntoAList_AppendsAfterWhatItHolds()
    {
        var document = new Document("test", "ISKP recruits in Russia.");
        new Tokenizer(new TokenizerOptions()).Process(document, default);
        new SentenceSplitter(new SentenceSplitterOptions()).Process(document, default);
        new FurnitureMarker(new FurnitureMarkerOptions()).Process(document, default);
        var held = new Mention(new TextSpan(0, 4), EntityType.Date, "", "", "2024", 1f, MentionMethod.Rule, 0);
        var mentions = new List<Mention> { held };
        new GazetteerSpotter(RepoGazetteer.Value).Spot(document, mentions);
        Assert.AreEqual(held, mentions[0]);
        CollectionAssert.AreEqual(new[] { "Islamic State Khorasan Province", "Russia" }, mentions.Skip(1).Select(m => m.Canonical).ToArray());
        Assert.AreEqual(0, document.Mentions.Length, "Spot leaves the document as it is");
    }

    [TestMethod]
    public void Spot_EveryMention_TextAtSpanInsideItsSentence()
    {
        var document = Process("Police in Osh said ISKP’s cell had links to Afghanistan-based recruiters. Tajiks and Uzbeks were among them.");
        Assert.IsGreaterThan(3, document.Mentions.Length);
        foreach (var mention in document.Mentions)
        {
            var sentence = document.Sentences[mention.Sentence];
            Assert.IsTrue(sentence.Span.Contains(mention.Span), $"{mention} outside its sentence");
            Assert.IsFalse(string.IsNullOrWhiteSpace(document[mention.Span].ToString()));
        }
    }

    [TestMethod]
    public void Spot_FurnitureSentence_GivesNoMention()
    {
        var document = new Document("d", "Share this post\n\nPolice in Kabul said.");
        Run(document);
        Assert.IsTrue(document.Sentences[0].IsFurniture || document.Mentions.ToArray().All(m => m.Sentence != 0));
    }

    [TestMethod]
    [DataRow("football-report.txt")]
    [DataRow("cotton-prices.txt")]
    [DataRow("tech-review.txt")]
    public void Spot_OffTopicArticle_NoGroupAndOnlyTheExpectedPlaces(string file)
    {
        string folder = RepoFiles.Get("tests", "IskpNlp.Tests", "Fixtures", "OffTopic");
        var document = Process(File.ReadAllText(Path.Combine(folder, file)));
        Assert.IsFalse(document.Mentions.ToArray().Any(m => m.Type == EntityType.Group), "a group in an off-topic text");
        using var expectedJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var expected = expectedJson.RootElement.GetProperty(file).EnumerateArray()
            .Select(e => e.GetProperty("type").GetString() + ":" + e.GetProperty("text").GetString())
            .ToArray();
        var actual = document.Mentions.ToArray().Select(m => m.Type.Name() + ":" + document[m.Span].ToString()).ToArray();
        CollectionAssert.AreEquivalent(expected, actual);
    }

    private static string Describe(Document document, Mention mention, string expected)
    {
        string text = $"{mention.Type.Name()}:{document[mention.Span]}";
        // Show the code or canonical only where the table asks for it.
        if (expected.Contains($"{text}=", StringComparison.Ordinal))
        {
            return $"{text}={mention.Canonical}";
        }
        if (expected.Contains($"{text}:", StringComparison.Ordinal))
        {
            return $"{text}:{mention.Code}";
        }
        return text;
    }

    private static Document Process(string text)
    {
        var document = new Document("test", text);
        Run(document);
        return document;
    }

    private static void Run(Document document)
    {
        new Tokenizer(new TokenizerOptions()).Process(document, default);
        new SentenceSplitter(new SentenceSplitterOptions()).Process(document, default);
        new FurnitureMarker(new FurnitureMarkerOptions()).Process(document, default);
        new GazetteerSpotter(RepoGazetteer.Value).Process(document, default);
        document.SortMentions();
    }
}
