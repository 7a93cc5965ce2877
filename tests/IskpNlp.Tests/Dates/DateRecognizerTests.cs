using System.Globalization;
using IskpNlp.Dates;
using IskpNlp.Documents;

namespace IskpNlp.Tests.Dates;

[TestClass]
public sealed class DateRecognizerTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> Rows => DateCase.Load().Select(c => new object[] { c.Line, c.Sentence });

    [TestMethod]
    [DynamicData(nameof(Rows))]
    public void Recognize_TableRow_GivesExpectedMentions(int line, string sentence)
    {
        var row = DateCase.Load().Single(c => c.Line == line);
        var actual = Run(row);
        string expected = string.Join(" ; ", row.Expected);
        string got = string.Join(" ; ", actual);
        if (row.KnownMiss)
        {
            Assert.AreNotEqual(expected, got, $"line {line} is marked 'known' but now passes: remove the flag. {sentence}");
            return;
        }
        Assert.AreEqual(expected, got, $"line {line}: {sentence}\n  expected: {expected}\n  got:      {got}");
    }

    [TestMethod]
    public void Recognize_WholeTable_ScoresAboveFloor()
    {
        var cases = DateCase.Load();
        var score = Score(cases);
        TestContext.WriteLine(score.ToString());
        Assert.IsGreaterThanOrEqualTo(250, cases.Count);
        Assert.IsGreaterThanOrEqualTo(50, cases.Count(c => c.Expected.Count == 0));
        Assert.IsGreaterThanOrEqualTo(0.95, score.Precision, score.ToString());
        Assert.IsGreaterThanOrEqualTo(0.95, score.Recall, score.ToString());
        Assert.IsGreaterThanOrEqualTo(0.95, score.ValueAccuracy, score.ToString());
    }

    [TestMethod]
    public void Process_Mentions_SpanTextLiesInsideItsSentence()
    {
        var document = TestDocuments.Create("Last August, the FBI said so.\nOn March 29, 2024-03-22 and 2014-2016 were named. The suspects fled on Friday.", new DateOnly(2024, 4, 8));
        CreateSut().Process(document, CancellationToken.None);
        Assert.HasCount(6, document.Mentions.ToArray());
        foreach (var mention in document.Mentions)
        {
            var sentence = document.Sentences[mention.Sentence];
            Assert.IsTrue(sentence.Span.Contains(mention.Span), $"{mention.Span} outside sentence {sentence.Span}");
            Assert.AreEqual(EntityType.Date, mention.Type);
            Assert.AreEqual(MentionMethod.Rule, mention.Method);
            Assert.AreEqual("", mention.Canonical);
            Assert.AreEqual("", mention.Code);
            Assert.IsTrue(mention.Confidence is > 0f and <= 1f);
        }
    }

    [TestMethod]
    public void Process_FurnitureSentence_KeepsOnlyFullDates()
    {
        var document = TestDocuments.Create("Apr 08, 2024\n© 2025 Adam Smith\nGet 7 days of free access this month.", new DateOnly(2024, 4, 8), 0, 1, 2);
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual("Apr 08, 2024=2024-04-08", string.Join(" ; ", Describe(document)));
    }

    [TestMethod]
    public void Process_FurnitureFullDatesOff_SkipsFurniture()
    {
        var document = TestDocuments.Create("Apr 08, 2024\nThe attack came on March 22.", new DateOnly(2024, 4, 8), 0);
        CreateSut(new DateRecognizerOptions { FurnitureFullDates = false }).Process(document, CancellationToken.None);
        Assert.AreEqual("March 22=2024-03-22", string.Join(" ; ", Describe(document)));
    }

    [TestMethod]
    public void Process_EarlierMentionOverlaps_DateNotAdded()
    {
        // A made-up place with a year in its name, found by an earlier stage: the year inside it is not added.
        var document = TestDocuments.Create("The Expo 2019 site was hit after the March 22 attack.", new DateOnly(2024, 4, 8));
        document.AddMention(new Mention(new TextSpan(4, 13), EntityType.Location, "Expo 2019", "", "", 1f, MentionMethod.Gazetteer, 0));
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual("Expo 2019= ; March 22=2024-03-22", string.Join(" ; ", Describe(document)));
    }

    [TestMethod]
    public void Process_NoDocumentDate_RelativeDateKeptWithEmptyValue()
    {
        var document = TestDocuments.Create("Last August, the FBI confirmed it in 2023.");
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual("Last August= ; 2023=2023", string.Join(" ; ", Describe(document)));
    }

    [TestMethod]
    public void Process_TwoDocumentsOnOneThread_EachGetsOnlyItsOwnDates()
    {
        var sut = CreateSut();
        var first = TestDocuments.Create("The attack came on March 22.", new DateOnly(2024, 4, 8));
        var second = TestDocuments.Create("It was founded in 2019.", new DateOnly(2024, 4, 8));
        sut.Process(first, CancellationToken.None);
        sut.Process(second, CancellationToken.None);
        Assert.AreEqual("March 22=2024-03-22", string.Join(" ; ", Describe(first)));
        Assert.AreEqual("2019=2019", string.Join(" ; ", Describe(second)));
    }

    [TestMethod]
    public void Process_Cancelled_Throws()
    {
        var document = TestDocuments.Create("On March 22 it happened.", new DateOnly(2024, 4, 8));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => CreateSut().Process(document, cancelled.Token));
    }

    [TestMethod]
    public void Info_RequiresDocumentDate_AssignsDates()
    {
        var info = CreateSut().Info;
        Assert.AreEqual("dates", info.Name);
        Assert.IsTrue(info.Requires.HasFlag(global::IskpNlp.Pipeline.Annotations.DocumentDate));
        Assert.AreEqual(global::IskpNlp.Pipeline.Annotations.Dates, info.Assigns);
    }

    private static DateRecognizer CreateSut(DateRecognizerOptions? options = null) => new(options ?? new DateRecognizerOptions());

    internal static List<string> Run(DateCase row)
    {
        var document = TestDocuments.Create(row.Sentence, row.DocumentDate);
        var options = new DateRecognizerOptions { SlashOrder = row.DayFirst ? SlashOrder.DayMonthYear : SlashOrder.MonthDayYear };
        CreateSut(options).Process(document, CancellationToken.None);
        foreach (var mention in document.Mentions)
        {
            // Every span, also one cut inside a token ("2014-2016"), lies inside its sentence.
            Assert.IsTrue(document.Sentences[mention.Sentence].Span.Contains(mention.Span), $"line {row.Line}: {mention.Span} outside its sentence");
        }
        return Describe(document);
    }

    private static List<string> Describe(Document document)
    {
        document.SortMentions();
        var described = new List<string>();
        foreach (var mention in document.Mentions)
        {
            described.Add($"{document[mention.Span]}={mention.Value}");
        }
        return described;
    }

    /// <summary>
    /// Mention precision and recall on texts (a multiset per row), and value accuracy over the mentions
    /// found with the right text: the figures tests/chrono/compare.mjs prints for chrono-node.
    /// </summary>
    private static TableScore Score(IReadOnlyList<DateCase> cases)
    {
        int predicted = 0, gold = 0, matched = 0, valueRight = 0;
        foreach (var row in cases)
        {
            var actual = Run(row);
            predicted += actual.Count;
            gold += row.Expected.Count;
            var remaining = row.Expected.Select(Split).ToList();
            foreach (var (text, value) in actual.Select(Split))
            {
                int k = remaining.FindIndex(e => e.Text == text);
                if (k < 0)
                {
                    continue;
                }
                matched++;
                if (remaining[k].Value == value)
                {
                    valueRight++;
                }
                remaining.RemoveAt(k);
            }
        }
        return new TableScore(cases.Count, gold, predicted, matched, valueRight);
    }

    private static (string Text, string Value) Split(string mention)
    {
        int eq = mention.LastIndexOf('=');
        return (mention[..eq], mention[(eq + 1)..]);
    }

    private sealed record TableScore(int Rows, int Gold, int Predicted, int Matched, int ValueRight)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double ValueAccuracy => Matched == 0 ? 1 : (double)ValueRight / Matched;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"rows {Rows}, gold {Gold}, predicted {Predicted}, matched {Matched}: precision {Precision:F4}, recall {Recall:F4}, F1 {F1:F4}, value accuracy {ValueAccuracy:F4} ({ValueRight}/{Matched})");
    }

    [TestMethod]
    [DataRow("0001-01-01")]
    [DataRow("9999-12-31")]
    public void Process_RelativeDatesInDocumentDatedAtCalendarEnds_NoException(string date)
    {
        var document = TestDocuments.Create("Yesterday, last Tuesday, two weeks ago, next month and next quarter, the group said.",
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        new DateRecognizer(new DateRecognizerOptions()).Process(document, CancellationToken.None);
        Assert.IsGreaterThan(0, document.Mentions.Length);
    }
}
