using IskpNlp.Training.Evaluation;

namespace IskpNlp.Tests.Training.Evaluation;

[TestClass]
public sealed class ExtractionScorerTests
{
    // The figures below are what shared/tools/score.py prints for the same gold and predictions
    // (written as its prediction JSONL), so the evaluator agrees with the reference scorer.
    private const string ReferenceReport = """
        type          gold  pred      P      R     F1   norm   F1+n
        GROUP            2     2  0.500  0.500  0.500  1.000  0.500
        COUNTRY          1     1  1.000  1.000  1.000  1.000  1.000
        LOCATION         2     2  0.500  0.500  0.500  1.000  0.500
        NATIONALITY      1     1  1.000  1.000  1.000  0.000  0.000
        DATE             1     1  1.000  1.000  1.000  0.000  0.000
        ALL(micro)                0.714  0.714  0.714         0.429
        drivers: gold 2 pred 2 P 0.500 R 0.500 F1 0.500 AP 0.700 category-F1 0.286

        """;

    [TestMethod]
    public void Score_MixedPredictions_PrintsWhatScorePyPrints()
    {
        var result = ExtractionScorer.Score(Gold(), Predictions());
        Assert.AreEqual(ReferenceReport.ReplaceLineEndings("\n"), ExtractionScorer.Format(result).ReplaceLineEndings("\n"));
        Assert.AreEqual(0.2857142857142857, result.Drivers.CategoryMicroF1, 1e-12);
    }

    [TestMethod]
    [DataRow("the United States", "united states")]
    [DataRow("ISKP’s", "iskp")]
    [DataRow("  Islamic   State, ", "islamic state")]
    [DataRow("(Daesh)", "daesh")]
    [DataRow("The Hague", "hague")]
    public void NormalizeText_AsScorePy(string text, string expected)
    {
        Assert.AreEqual(expected, ExtractionScorer.NormalizeText(text));
    }

    private static Dictionary<string, GoldDocument> Gold() => new()
    {
        ["a"] = new GoldDocument("a",
        [
            new("GROUP", "ISKP", "Islamic State Khorasan Province"),
            new("GROUP", "ISKP", "Islamic State Khorasan Province"),
            new("COUNTRY", "the United States", "US"),
            new("NATIONALITY", "Tajik", "TJ"),
            new("DATE", "last August", "2023-08"),
        ],
        [
            new("Poverty and repression push young Tajiks toward recruiters in Moscow.", ["ECONOMIC", "REPRESSION", "NETWORKS"]),
            new("Online propaganda in Uzbek reaches migrant workers.", ["PROPAGANDA", "MIGRATION"]),
        ]),
        ["b"] = new GoldDocument("b", [new("LOCATION", "Kabul", "AF"), new("LOCATION", "Central Asia", "")], []),
    };

    private static Dictionary<string, PredictedDocument> Predictions() => new()
    {
        ["a"] = new PredictedDocument(
        [
            new("GROUP", "ISKP’s", "islamic state khorasan province"),
            new("GROUP", "IS", "Islamic State"),
            new("COUNTRY", "United States", "us"),
            new("NATIONALITY", "Tajik", "UZ"),
            new("DATE", "Last August", "2024-08"),
        ],
        [
            Sentence("Poverty and repression push young Tajiks toward recruiters in Moscow.", 0.9, "ECONOMIC", "IDEOLOGY"),
            Sentence("Police arrested two men.", 0.7, "NETWORKS"),
            Sentence("Online propaganda reaches workers.", 0.4),
        ]),
        ["b"] = new PredictedDocument([new("LOCATION", "Kabul", "AF"), new("LOCATION", "Herat", "AF")], [Sentence("Kabul is far.", 0.2)]),
        ["z"] = new PredictedDocument([new("LOCATION", "Kabul", "AF")], []),
    };

    private static ScoredSentence Sentence(string text, double score, params string[] categories) =>
        new(text, score, score >= 0.5, "", categories.ToDictionary(c => c, _ => 1.0));
}
