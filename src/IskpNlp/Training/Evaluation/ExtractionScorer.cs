using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IskpNlp.Training.Evaluation;

/// <summary>
/// The scoring rules of OUTPUT.md, line for line as the reference scorer (shared/tools/score.py)
/// implements them: per document and type, multisets of normalised mention texts; gold driver
/// sentences matched to system sentences sharing at least 60% of their words.
/// </summary>
public static partial class ExtractionScorer
{
    public static readonly string[] Types = ["GROUP", "COUNTRY", "LOCATION", "NATIONALITY", "DATE"];

    private static readonly string[] Categories = ["ECONOMIC", "REPRESSION", "MIGRATION", "SAFE_HAVEN", "PROPAGANDA", "NETWORKS", "IDEOLOGY"];

    public static string NormalizedField(string type) => type switch
    {
        "GROUP" => "canonical",
        "COUNTRY" or "LOCATION" or "NATIONALITY" => "code",
        _ => "value",
    };

    /// <summary>score.py's <c>norm_text</c>: NFKC, straight quotes, one space, no leading "the", no possessive, no edge punctuation, case-folded.</summary>
    public static string NormalizeText(string? text)
    {
        string s = (text ?? "").Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'');
        s = Whitespace().Replace(s, " ").Trim();
        s = LeadingThe().Replace(s, "");
        s = Possessive().Replace(s, "");
        s = s.Trim(' ', '\t', '"', '\'', '.', ',', ';', ':', '(', ')', '[', ']');
        return CaseFold(s);
    }

    public static EvaluationResult Score(IReadOnlyDictionary<string, GoldDocument> gold, IReadOnlyDictionary<string, PredictedDocument> predicted)
    {
        var empty = new PredictedDocument([], []);
        var typeScores = new List<TypeScore>();
        long totalTp = 0, totalFp = 0, totalFn = 0, totalNorm = 0;
        foreach (string type in Types)
        {
            long tp = 0, fp = 0, fn = 0, normOk = 0;
            foreach (var (id, g) in gold)
            {
                var p = predicted.GetValueOrDefault(id, empty);
                var goldTexts = Count(g.Entities.Where(e => e.Type == type).Select(e => NormalizeText(e.Text)));
                var predTexts = Count(p.Entities.Where(e => e.Type.ToUpperInvariant() == type).Select(e => NormalizeText(e.Text)));
                long matched = Intersect(goldTexts, predTexts);
                tp += matched;
                fp += predTexts.Values.Sum() - matched;
                fn += goldTexts.Values.Sum() - matched;
                var goldNorm = Count(g.Entities.Where(e => e.Type == type).Select(e => NormalizeText(e.Text) + "\u0001" + NormalizeValue(type, e.Normalized)));
                var predNorm = Count(p.Entities.Where(e => e.Type.ToUpperInvariant() == type).Select(e => NormalizeText(e.Text) + "\u0001" + NormalizeValue(type, e.Normalized)));
                normOk += Intersect(goldNorm, predNorm);
            }
            var (precision, recall, f1) = Metrics.Prf(tp, fp, fn);
            var (_, _, normF1) = Metrics.Prf(normOk, tp + fp - normOk, tp + fn - normOk);
            typeScores.Add(new TypeScore(type, (int)(tp + fn), (int)(tp + fp), precision, recall, f1, tp > 0 ? (double)normOk / tp : 0, normF1));
            totalTp += tp;
            totalFp += fp;
            totalFn += fn;
            totalNorm += normOk;
        }
        var (microP, microR, microF) = Metrics.Prf(totalTp, totalFp, totalFn);
        var (_, _, microNormF) = Metrics.Prf(totalNorm, totalTp + totalFp - totalNorm, totalTp + totalFn - totalNorm);
        return new EvaluationResult(gold.Count, typeScores, microP, microR, microF, microNormF, ScoreDrivers(gold, predicted));
    }

    private static DriverScore ScoreDrivers(IReadOnlyDictionary<string, GoldDocument> gold, IReadOnlyDictionary<string, PredictedDocument> predicted)
    {
        var scored = new List<(double Score, int Label)>();
        long dtp = 0, dfp = 0, dfn = 0, ctp = 0, cfp = 0, cfn = 0;
        bool haveSentences = gold.Keys.Any(id => predicted.TryGetValue(id, out var p) && p.Sentences.Count > 0);
        foreach (var (id, g) in gold)
        {
            var sentences = predicted.TryGetValue(id, out var p) ? p.Sentences : [];
            var used = new HashSet<int>();
            var matched = new Dictionary<int, int>();
            for (int gi = 0; gi < g.Drivers.Count; gi++)
            {
                double best = 0;
                int bestIndex = -1;
                for (int j = 0; j < sentences.Count; j++)
                {
                    if (used.Contains(j))
                    {
                        continue;
                    }
                    double overlap = Overlap(g.Drivers[gi].Sentence, sentences[j].Text);
                    if (overlap > best)
                    {
                        best = overlap;
                        bestIndex = j;
                    }
                }
                if (bestIndex >= 0 && best >= 0.6)
                {
                    used.Add(bestIndex);
                    matched[gi] = bestIndex;
                }
            }
            for (int gi = 0; gi < g.Drivers.Count; gi++)
            {
                var goldCategories = g.Drivers[gi].Categories.ToHashSet(StringComparer.Ordinal);
                if (matched.TryGetValue(gi, out int j))
                {
                    var s = sentences[j];
                    scored.Add((s.Score, 1));
                    if (s.IsDriver)
                    {
                        dtp++;
                        var predictedCategories = s.Categories.Where(c => c.Value >= 0.5).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
                        if (predictedCategories.Count == 0 && s.TopCategory.Length > 0)
                        {
                            predictedCategories.Add(s.TopCategory);
                        }
                        ctp += predictedCategories.Count(goldCategories.Contains);
                        cfp += predictedCategories.Count(c => !goldCategories.Contains(c));
                        cfn += goldCategories.Count(c => !predictedCategories.Contains(c));
                    }
                    else
                    {
                        dfn++;
                        cfn += goldCategories.Count;
                    }
                }
                else
                {
                    scored.Add((0.0, 1));
                    dfn++;
                    cfn += goldCategories.Count;
                }
            }
            for (int j = 0; j < sentences.Count; j++)
            {
                if (!used.Contains(j))
                {
                    scored.Add((sentences[j].Score, 0));
                    if (sentences[j].IsDriver)
                    {
                        dfp++;
                    }
                }
            }
        }
        var (precision, recall, f1) = Metrics.Prf(dtp, dfp, dfn);
        var (_, _, categoryF1) = Metrics.Prf(ctp, cfp, cfn);
        return new DriverScore((int)(dtp + dfn), (int)(dtp + dfp), precision, recall, f1, haveSentences ? Metrics.AveragePrecision(scored.Select(s => (s.Score, s.Label == 1))) : null, categoryF1);
    }

    /// <summary>The report score.py prints, line for line.</summary>
    public static string Format(EvaluationResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.AppendLine(string.Format(inv, "{0,-12} {1,5} {2,5} {3,6} {4,6} {5,6} {6,6} {7,6}", "type", "gold", "pred", "P", "R", "F1", "norm", "F1+n"));
        foreach (var t in result.Types)
        {
            builder.AppendLine(string.Format(inv, "{0,-12} {1,5} {2,5} {3,6:F3} {4,6:F3} {5,6:F3} {6,6:F3} {7,6:F3}", t.Type, t.Gold, t.Predicted, t.Precision, t.Recall, t.F1, t.NormAccuracy, t.F1WithNorm));
        }
        builder.AppendLine(string.Format(inv, "{0,-12} {1,5} {2,5} {3,6:F3} {4,6:F3} {5,6:F3} {6,6} {7,6:F3}", "ALL(micro)", "", "", result.MicroPrecision, result.MicroRecall, result.MicroF1, "", result.MicroF1WithNorm));
        var d = result.Drivers;
        string ap = d.AveragePrecision is { } value ? value.ToString("F3", inv) : "n/a";
        builder.AppendLine(string.Format(inv, "drivers: gold {0} pred {1} P {2:F3} R {3:F3} F1 {4:F3} AP {5} category-F1 {6:F3}", d.Gold, d.Predicted, d.Precision, d.Recall, d.F1, ap, d.CategoryMicroF1));
        return builder.ToString();
    }

    /// <summary>The same figures as score.py's <c>--json</c>.</summary>
    public static JsonObject ToJson(EvaluationResult result)
    {
        var types = new JsonObject();
        foreach (var t in result.Types)
        {
            types[t.Type] = new JsonObject
            {
                ["gold"] = t.Gold, ["pred"] = t.Predicted, ["p"] = t.Precision, ["r"] = t.Recall, ["f1"] = t.F1,
                ["norm_acc"] = t.NormAccuracy, ["f1_with_norm"] = t.F1WithNorm,
            };
        }
        var d = result.Drivers;
        return new JsonObject
        {
            ["docs"] = result.Documents,
            ["types"] = types,
            ["micro"] = new JsonObject { ["p"] = result.MicroPrecision, ["r"] = result.MicroRecall, ["f1"] = result.MicroF1, ["f1_with_norm"] = result.MicroF1WithNorm },
            ["drivers"] = new JsonObject
            {
                ["gold"] = d.Gold, ["pred"] = d.Predicted, ["p"] = d.Precision, ["r"] = d.Recall, ["f1"] = d.F1,
                ["ap"] = d.AveragePrecision, ["category_micro_f1"] = d.CategoryMicroF1,
            },
        };
    }

    private static string NormalizeValue(string type, string value) =>
        type == "GROUP" ? CaseFold(value.Trim()) : value.Trim().ToUpperInvariant();

    // Python's str.casefold differs from lower-casing for a few letters; ß is the one news text meets.
    private static string CaseFold(string s) => s.ToLowerInvariant().Replace("ß", "ss");

    private static HashSet<string> Words(string s) =>
        WordPattern().Matches(NormalizeText(s)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static double Overlap(string a, string b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        if (wordsA.Count == 0 || wordsB.Count == 0)
        {
            return 0;
        }
        return (double)wordsA.Count(wordsB.Contains) / Math.Max(wordsA.Count, wordsB.Count);
    }



    private static Dictionary<string, int> Count(IEnumerable<string> items)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            counts[item] = counts.GetValueOrDefault(item) + 1;
        }
        return counts;
    }

    private static long Intersect(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(pair => (long)Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(the|The)\s+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"'s?$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
