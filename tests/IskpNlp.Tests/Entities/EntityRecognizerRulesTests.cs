using IskpNlp.Documents;
using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

/// <summary>The rules that drop or complete a name the tagger found, one at a time, on hand-made sentences.</summary>
[TestClass]
public sealed class EntityRecognizerRulesTests
{
    [TestMethod]
    [DataRow("Sherali Kurbonov told the court he was innocent.", "Sherali Kurbonov", true)]
    [DataRow("The lawyer Zarina Ahmadzoda appealed.", "Zarina Ahmadzoda", true)]
    [DataRow("Bakyt, 27, joins the line every morning.", "Bakyt", true)]
    [DataRow("Abdirahman, who asked that his name be withheld, left.", "Abdirahman", true)]
    [DataRow("Troops under General Dostum advanced.", "Dostum", true)]
    [DataRow("Fighters moved through Vose district.", "Vose", false)]
    [DataRow("Fighters reached Vose, which lies to the south.", "Vose", false)]
    [DataRow("Fighters reached Vose, 27 kilometres away.", "Vose", false)]
    [DataRow("The men came from Nizhny Novgorod.", "Nizhny Novgorod", false)]
    public void NamesPerson_ByTheWordsAroundTheName(string text, string name, bool expected)
    {
        var (context, first, end) = Locate(text, name);
        Assert.AreEqual(expected, EntityRecognizer.NamesPerson(context, first, end), name);
    }

    [TestMethod]
    [DataRow("Videos in Pashto and Urdu circulated.", "Urdu", true)]
    [DataRow("Voice notes in Tamasheq spread fast.", "Tamasheq", true)]
    [DataRow("Police in Vose said so.", "Vose", false)]
    public void NamesLanguage_LanguagesThatNameNoPeople(string text, string name, bool expected)
    {
        var (context, first, end) = Locate(text, name);
        Assert.AreEqual(expected, EntityRecognizer.NamesLanguage(context, first, end), name);
    }

    [TestMethod]
    [DataRow("We met in a cafe near the Osh Bazaar.", "Osh Bazaar", true)]
    [DataRow("He was held in Kuje Prison for a year.", "Kuje Prison", true)]
    [DataRow("He was held in Kuje for a year.", "Kuje", false)]
    [DataRow("Fighters crossed into Lower Shabelle overnight.", "Lower Shabelle", false)]
    public void EndsInFacilityNoun_NameOfAFacility(string text, string name, bool expected)
    {
        var (context, first, end) = Locate(text, name);
        Assert.AreEqual(expected, EntityRecognizer.EndsInFacilityNoun(context, first, end), name);
    }

    [TestMethod]
    [DataRow("Traders were paid 5,000 CFA francs a month.", "CFA", true)]
    [DataRow("Wages are paid in Kyrgyz som.", "Kyrgyz", true)]
    [DataRow("The CFA said the cell had dissolved.", "CFA", false)]
    [DataRow("Fighters of the CFA fled south.", "CFA", false)]
    public void NamesCurrency_NameBeforeACurrencyUnit(string text, string name, bool expected)
    {
        var (context, _, end) = Locate(text, name);
        Assert.AreEqual(expected, EntityRecognizer.NamesCurrency(context, end), name);
    }

    [TestMethod]
    [DataRow("the", "camp", true)]
    [DataRow("in", "market", true)]
    [DataRow("", "checkpoint", true)]
    [DataRow("the", "crossing", true)] // "the Torkham crossing": a border post (EXTRACTION.md)
    [DataRow("a", "market", false)] // "a Kabul market": a market in Kabul
    [DataRow("at", "airport", false)] // "Istanbul airport" describes the airport by its city
    [DataRow("the", "Camp", false)] // "Camp Bucca" style: a capital makes a name, which the other rules judge
    [DataRow("in", "district", false)]
    [DataRow("in", "", false)]
    public void NamesFacility_LowerCaseFacilityNounAfterThePlace(string previous, string next, bool expected)
    {
        Assert.AreEqual(expected, SpotterRules.NamesFacility(previous, next));
    }

    [TestMethod]
    public void GiveCodes_TheCountryItsSentenceNames_ThenTheDocumentsCountry()
    {
        List<Mention> spotted =
        [
            Place(EntityType.Country, 0, 4, "ML", sentence: 0),
            Place(EntityType.Location, 100, 106, "ML", sentence: 1),
            Place(EntityType.Country, 150, 155, "NE", sentence: 2),
            Place(EntityType.Location, 170, 176, "NE", sentence: 2),
            Place(EntityType.Country, 200, 205, "ML", sentence: 3),
        ];
        List<Mention> found =
        [
            Place(EntityType.Location, 160, 165, "", sentence: 2),    // its sentence names Niger
            Place(EntityType.Location, 300, 305, "", sentence: 4),    // nothing in its sentence: the document is about Mali
            Place(EntityType.Group, 310, 315, "", sentence: 4),       // groups have no code
        ];

        EntityRecognizer.GiveCodes(spotted, found);

        CollectionAssert.AreEqual(new[] { "NE", "ML", "" }, found.Select(m => m.Code).ToArray());
    }

    [TestMethod]
    public void GiveCodes_SentenceNamingSeveralCountries_TakesTheDocumentsCountry()
    {
        List<Mention> spotted =
        [
            Place(EntityType.Country, 0, 7, "SO", sentence: 0),
            Place(EntityType.Location, 20, 28, "SO", sentence: 0),
            Place(EntityType.Location, 40, 48, "SO", sentence: 0),
            Place(EntityType.Country, 100, 108, "ET", sentence: 1),
            Place(EntityType.Country, 110, 115, "SD", sentence: 1),
            Place(EntityType.Country, 120, 127, "MA", sentence: 1), // nearest, but one of a list
        ];
        List<Mention> found = [Place(EntityType.Location, 150, 161, "", sentence: 1)];

        EntityRecognizer.GiveCodes(spotted, found);

        Assert.AreEqual("SO", found[0].Code);
    }

    [TestMethod]
    public void GiveCodes_NoDocumentCountry_TakesTheNearestOfASentencesSeveral()
    {
        List<Mention> spotted =
        [
            Place(EntityType.Country, 100, 108, "ET", sentence: 1),
            Place(EntityType.Country, 120, 127, "MA", sentence: 1),
        ];
        List<Mention> found = [Place(EntityType.Location, 150, 161, "", sentence: 1)];

        EntityRecognizer.GiveCodes(spotted, found);

        Assert.AreEqual("MA", found[0].Code);
    }

    [TestMethod]
    public void GiveCodes_APlaceSpottedInsideTheName_IsNoContext()
    {
        List<Mention> spotted =
        [
            Place(EntityType.Location, 112, 117, "CA", sentence: 1), // "Delta" inside "Inner Niger Delta"
            Place(EntityType.Country, 0, 4, "ML", sentence: 0),
            Place(EntityType.Country, 50, 54, "ML", sentence: 0),
        ];
        List<Mention> found = [Place(EntityType.Location, 100, 117, "", sentence: 1)];

        EntityRecognizer.GiveCodes(spotted, found);

        Assert.AreEqual("ML", found[0].Code);
    }

    [TestMethod]
    public void GiveCodes_NoCountryHoldsHalf_LeavesTheCodeEmpty()
    {
        List<Mention> spotted =
        [
            Place(EntityType.Country, 0, 4, "ML", sentence: 0),
            Place(EntityType.Country, 10, 14, "NE", sentence: 0),
            Place(EntityType.Country, 20, 24, "BF", sentence: 0),
        ];
        List<Mention> found = [Place(EntityType.Location, 300, 305, "", sentence: 4)];

        EntityRecognizer.GiveCodes(spotted, found);

        Assert.AreEqual("", found[0].Code);
    }

    private static Mention Place(EntityType type, int start, int end, string code, int sentence) =>
        new(new TextSpan(start, end), type, "x", code, "", 0.9f, type == EntityType.Group ? MentionMethod.Model : MentionMethod.Gazetteer, sentence);

    private static (SentenceContext Context, int First, int End) Locate(string text, string name)
    {
        var document = NerFixture.Document(text);
        int start = text.IndexOf(name, StringComparison.Ordinal);
        var tokens = document.Tokens;
        int first = 0;
        while (tokens[first].Start < start)
        {
            first++;
        }
        int end = first;
        while (end < tokens.Length && tokens[end].End <= start + name.Length)
        {
            end++;
        }
        return (new SentenceContext(document, document.Sentences[0], 0), first, end);
    }
}
