using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Text;
using IskpNlp.Training.Entities;

namespace IskpNlp.Tests.Entities;

/// <summary>
/// A small gazetteer and a corpus of annotated sentences made from templates with invented group and
/// place names, none of which the gazetteer holds; and a model trained on it once for all tests.
/// </summary>
internal static class NerFixture
{
    public static readonly string[] Groups =
    [
        "Jamaat Nur", "Ansar al-Haqq", "Katibat al-Fath", "Jund al-Sahil", "Harakat Shabab al-Wadi", "Liwa al-Tawhid",
        "Saraya al-Mukhtar", "Jaish al-Umma", "Kataib Hamza", "Ansar Bayt al-Nur", "Jamaat Tawba", "Usbat al-Ghuraba",
    ];

    public static readonly string[] Places =
    [
        "Rudaki", "Hisor", "Farkhor", "Danghara", "Yovon", "Baljuvon", "Muminobod", "Jaloliddin", "Shahrinav", "Tursunzoda",
        "Kushoniyon", "Temurmalik", "Panjakent", "Ayni", "Mastchoh", "Zafarobod",
    ];

    private static readonly string[] GroupTemplates =
    [
        "Members of the [[{0}|GROUP]] network were arrested in [[Dushanbe|LOCATION]].",
        "The [[{0}|GROUP]] claimed the attack on a checkpoint.",
        "[[{0}|GROUP]] fighters crossed the border from [[Tajikistan|COUNTRY]].",
        "Police said [[{0}|GROUP]] had recruited [[Tajik|NATIONALITY]] migrants.",
        "A splinter called [[{0}|GROUP]] emerged last month.",
        "Prosecutors accused him of funding the [[{0}|GROUP]] cell.",
        "Recruiters for [[{0}|GROUP]] and [[Islamic State|GROUP]] met in the market.",
    ];

    private static readonly string[] PlaceTemplates =
    [
        "Police raided homes in the [[{0}|LOCATION]] district.",
        "He was born in [[{0}|LOCATION]] district and worked in [[Dushanbe|LOCATION]].",
        "Officials in [[{0}|LOCATION]] said the men had left for [[Tajikistan|COUNTRY]].",
        "The suspects came from [[{0}|LOCATION]] and [[{1}|LOCATION]].",
        "Residents of [[{0}|LOCATION]] say the police visited every household.",
        "[[Tajik|NATIONALITY]] officers detained three men near [[{0}|LOCATION]].",
    ];

    private static readonly string[] Plain =
    [
        "The court heard that the men had met online.",
        "Nobody was hurt in the blast, the ministry said.",
        "The Interior Ministry declined to comment on Friday.",
        "Analysts say the group has lost most of its commanders.",
        "Families of the accused said they were innocent.",
    ];

    private static readonly Lazy<PerceptronModel> SharedModel = new(() => new PerceptronTrainer(CreateGazetteer(), Options).Fit(Corpus()));

    /// <summary>Quick settings for tests: small hash space, few epochs.</summary>
    public static PerceptronTrainer.Options Options => PerceptronTrainer.Options.Defaults with { HashBits = 16, Epochs = 8 };

    /// <summary>The model trained on <see cref="Corpus"/> with <see cref="Options"/>, trained once per test run.</summary>
    public static PerceptronModel Model => SharedModel.Value;

    public static Gazetteer CreateGazetteer() => Gazetteer.FromEntries(
    [
        new GazetteerEntry("Tajikistan", EntityType.Country, "Tajikistan", "TJ", false, false),
        new GazetteerEntry("Tajik", EntityType.Nationality, "Tajik", "TJ", false, false),
        new GazetteerEntry("Dushanbe", EntityType.Location, "Dushanbe", "TJ", false, false),
        new GazetteerEntry("Islamic State", EntityType.Group, "Islamic State", "", false, false),
    ]);

    /// <summary>Every template with every name (places in pairs), then the plain sentences, in a fixed order.</summary>
    public static List<EntitySentence> Corpus()
    {
        var lines = new List<string>();
        for (int g = 0; g < Groups.Length; g++)
        {
            foreach (string template in GroupTemplates)
            {
                lines.Add(string.Format(template, Groups[g]));
            }
        }
        for (int p = 0; p < Places.Length; p++)
        {
            foreach (string template in PlaceTemplates)
            {
                lines.Add(string.Format(template, Places[p], Places[(p + 5) % Places.Length]));
            }
        }
        lines.AddRange(Plain);
        return lines.Select((line, i) => EntityCorpusReader.Parse(line, "fixture.train.txt", i + 1)).ToList();
    }

    /// <summary>A document of <paramref name="text"/> with tokens and one sentence, as the pipeline's text stages make it.</summary>
    public static Document Document(string text)
    {
        var document = new Document("test", text);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        foreach (var token in tokens)
        {
            document.AddToken(token);
        }
        document.AddSentence(new Sentence(new TextSpan(0, text.Length), 0, tokens.Count));
        return document;
    }

    /// <summary>The mentions of a document as "TYPE:text:method", in reading order.</summary>
    public static string Describe(Document document)
    {
        document.SortMentions();
        return string.Join("; ", document.Mentions.ToArray().Select(m => $"{m.Type.Name()}:{document[m.Span]}:{m.Method.Name()}"));
    }
}
