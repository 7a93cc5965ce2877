using System.Globalization;
using System.Text;
using IskpNlp.Documents;

namespace IskpNlp.Output;

/// <summary>
/// Turns a processed document into its output rows: offsets to code points, furniture sentences
/// left out, the document's counts and distinct names. The CSV writer and the evaluator both use
/// it, so what is scored is what is written.
/// </summary>
public static class RowBuilder
{
    public static IEnumerable<MentionRow> Mentions(Document document, CodePointMap map)
    {
        foreach (var mention in document.Mentions.ToArray())
        {
            yield return new MentionRow(
                document.Id,
                mention.Sentence,
                map.ToCodePoints(mention.Span.Start),
                map.ToCodePoints(mention.Span.End),
                document.Text.Substring(mention.Span.Start, mention.Span.Length),
                mention.Type.Name(),
                mention.Canonical,
                mention.Code,
                mention.Value,
                Round(mention.Confidence),
                mention.Method.Name());
        }
    }

    public static IEnumerable<SentenceRow> Sentences(Document document, CodePointMap map)
    {
        var sentences = document.Sentences.ToArray();
        var scores = document.Scores.ToArray();
        for (int i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i];
            if (sentence.IsFurniture)
            {
                continue;
            }
            string text = CollapseWhitespace(document[sentence.Span]);
            int start = map.ToCodePoints(sentence.Span.Start);
            int end = map.ToCodePoints(sentence.Span.End);
            if (scores.Length == 0)
            {
                yield return new SentenceRow(document.Id, i, start, end, text, null, null, "", null, null, null, null, null, null, null);
                continue;
            }
            var score = scores[i];
            var c = score.Categories;
            yield return new SentenceRow(
                document.Id, i, start, end, text,
                Round(score.DriverScore),
                score.IsDriver ? 1 : 0,
                score.IsDriver ? score.Categories.Top().Name() : "",
                Round(c[0]), Round(c[1]), Round(c[2]), Round(c[3]), Round(c[4]), Round(c[5]), Round(c[6]));
        }
    }

    public static DocumentRow Document(Document document)
    {
        int tokens = 0, sentences = 0, drivers = 0;
        float? maxScore = null;
        string topCategory = "";
        var scores = document.Scores;
        var all = document.Sentences;
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i].IsFurniture)
            {
                continue;
            }
            sentences++;
            tokens += all[i].TokenCount;
            if (scores.Length == 0)
            {
                continue;
            }
            var score = scores[i];
            drivers += score.IsDriver ? 1 : 0;
            if (maxScore is null || score.DriverScore > maxScore)
            {
                maxScore = score.DriverScore;
                topCategory = score.IsDriver ? score.Categories.Top().Name() : "";
            }
        }
        return new DocumentRow(
            document.Id,
            document.Info.Source,
            document.Info.Title,
            document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            document.DateSource.Name(),
            document.Status.Name(),
            document.Error,
            CountCodePoints(document.Text),
            tokens,
            sentences,
            document.Mentions.Length,
            drivers,
            Distinct(document, EntityType.Group, useCode: false),
            Distinct(document, EntityType.Country, useCode: true),
            Distinct(document, EntityType.Nationality, useCode: true),
            maxScore is null ? null : Round(maxScore.Value),
            topCategory);
    }

    /// <summary>Whitespace runs become one space; the ends are trimmed.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Distinct canonical names (or codes) by falling count; ties in order of first appearance.
    private static string Distinct(Document document, EntityType type, bool useCode)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        int position = 0;
        foreach (ref readonly var mention in document.Mentions)
        {
            if (mention.Type != type)
            {
                continue;
            }
            string key = useCode ? mention.Code : mention.Canonical;
            if (key.Length == 0)
            {
                continue;
            }
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, position++);
        }
        return string.Join(';', counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Select(p => p.Key));
    }

    private static int CountCodePoints(string text)
    {
        int surrogatePairs = 0;
        for (int i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                surrogatePairs++;
            }
        }
        return text.Length - surrogatePairs;
    }

    private static float Round(float value) => MathF.Round(value, 4);
}
