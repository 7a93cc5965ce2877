using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Dates;

/// <summary>
/// The <c>document_date</c> stage: settles the date that relative dates resolve against, and says where
/// it came from (documents.csv <c>date</c>, <c>date_source</c>). In order: the input's metadata (already
/// on the document, kept as it is); else a dateline near the top of the text; else
/// <see cref="DocumentDateFinderOptions.FallbackDate"/> (<c>--doc-date</c>); else none.
/// </summary>
/// <remarks>
/// A dateline is a full date (day, month and year) in the first
/// <see cref="DocumentDateFinderOptions.DatelineLines"/> non-empty lines and
/// <see cref="DocumentDateFinderOptions.DatelineChars"/> characters, read on tokens, in one of these forms,
/// strongest first:
/// <list type="number">
/// <item>after "Published", "Posted", "Date", "Dated", "First published" ("Published 27 March 2024",
/// "Posted on March 27, 2024");</item>
/// <item>on a short line of its own or with a byline or a time ("Apr 08, 2024", "March 27, 2024 | 10:15 AM",
/// "27.03.2024", "By Jane Doe | Sat, 23 Mar 2024"), or a wire dateline ("DUSHANBE, March 3 (Agency) -"),
/// whose year, when it has none, is the nearest year written near the top;</item>
/// <item>after "Updated" or "Last updated".</item>
/// </list>
/// Among equals the first one wins. Lines marked as furniture are searched too: a byline date often stands
/// among share buttons and is still the article's date.
/// </remarks>
internal sealed class DocumentDateFinder : IStage
{
    /// <summary>A line longer than this (in tokens) is prose, not a dateline, unless a keyword or a wire dateline opens it.</summary>
    private const int ShortLineTokens = 16;

    private const int KeywordScore = 3;
    private const int LineScore = 2;
    private const int UpdatedScore = 1;

    private readonly DateParser _parser;

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DocumentDateFinder(DocumentDateFinderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _parser = new DateParser(options.SlashOrder);
    }

    /// <summary>The stage's name in pipeline.yaml.</summary>
    public const string StageName = "document_date";

    public static StageInfo StageInfo { get; } = new(
        StageName,
        Annotations.Tokens | Annotations.Sentences | Annotations.Furniture,
        Annotations.DocumentDate);

    public StageInfo Info => StageInfo;

    public DocumentDateFinderOptions Options { get; }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Date is not null)
        {
            // The metadata's date (or one set before this stage) is the publisher's own: keep it.
            return;
        }
        if (FindDateline(document) is { } dateline)
        {
            document.SetDate(dateline, DateSource.Dateline);
        }
        else if (Options.FallbackDate is { } fallback)
        {
            document.SetDate(fallback, DateSource.Option);
        }
    }

    /// <summary>The dateline's date of <paramref name="document"/>, or null when its top holds none.</summary>
    public DateOnly? FindDateline(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        string text = document.Text;
        int limit = 0;
        while (limit < tokens.Length && tokens[limit].Start < Options.DatelineChars)
        {
            limit++;
        }
        var matches = new List<DateMatch>();
        var candidates = new List<(int Score, int Start, DateMatch Match)>();
        var lineOf = new List<(int First, int End)>();
        int lines = 0;
        int lineStart = 0;
        for (int t = 1; t <= limit && lines < Options.DatelineLines; t++)
        {
            if (t < limit && !text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains('\n'))
            {
                continue;
            }
            var line = tokens[lineStart..t];
            int before = matches.Count;
            _parser.Parse(text, line, matches);
            for (int k = before; k < matches.Count; k++)
            {
                // Make the match's tokens document-wide, so later look-ups need no line.
                matches[k] = matches[k] with { FirstToken = matches[k].FirstToken + lineStart, EndToken = matches[k].EndToken + lineStart };
                lineOf.Add((lineStart, t));
            }
            lines++;
            lineStart = t;
        }
        for (int k = 0; k < matches.Count; k++)
        {
            int score = Score(document, matches[k], lineOf[k].First, lineOf[k].End, out var expression);
            if (score > 0)
            {
                candidates.Add((score, matches[k].Span.Start, matches[k] with { Expression = expression }));
            }
        }
        int best = -1;
        for (int c = 0; c < candidates.Count; c++)
        {
            if (best < 0 || candidates[c].Score > candidates[best].Score)
            {
                best = c;
            }
        }
        if (best < 0)
        {
            return null;
        }
        var chosen = candidates[best].Match;
        if (!chosen.Expression.IsFullDate)
        {
            int year = NearestYear(matches, chosen.Span.Start);
            if (year == 0)
            {
                return null;
            }
            chosen = chosen with { Expression = chosen.Expression with { Anchor = DateAnchor.Absolute, Year = year } };
        }
        var e = chosen.Expression;
        return e.Day <= DateTime.DaysInMonth(e.Year, e.Month) ? new DateOnly(e.Year, e.Month, e.Day) : null;
    }

    /// <summary>How strongly a date on a line near the top says "this is the article's date"; 0 when it does not.</summary>
    private static int Score(Document document, in DateMatch match, int lineFirst, int lineEnd, out DateExpression expression)
    {
        expression = match.Expression;
        var tokens = document.Tokens;
        bool full = expression.IsFullDate;
        bool monthDay = expression is { Unit: DateUnit.Day, Anchor: DateAnchor.Implicit, Month: > 0, Day: > 0 };
        if (!full && !monthDay)
        {
            return 0;
        }
        // A keyword up to three tokens before the date: "Published: 27.03.2024", "Posted on March 27, 2024".
        for (int j = match.FirstToken - 1; j >= lineFirst && j >= match.FirstToken - 3; j--)
        {
            var word = document.TextOf(tokens[j]);
            if (IsWord(word, "Published") || IsWord(word, "Posted") || IsWord(word, "Date") || IsWord(word, "Dated"))
            {
                return full ? KeywordScore : 0;
            }
            if (IsWord(word, "Updated"))
            {
                return full ? UpdatedScore : 0;
            }
        }
        if (IsWireDateline(document, match, lineFirst, lineEnd))
        {
            return LineScore;
        }
        if (!full || lineEnd - lineFirst > ShortLineTokens)
        {
            return 0;
        }
        // A short line that reads as a sentence ("On March 3, 2024, gunmen attacked.") is prose, not a dateline.
        var first = document.TextOf(tokens[lineFirst]);
        var last = document.TextOf(tokens[lineEnd - 1]);
        bool sentenceEnd = last is "." or "!" or "?" && match.EndToken < lineEnd - 1;
        bool prose = IsWord(first, "On") || IsWord(first, "In") || IsWord(first, "Since") || IsWord(first, "By") && match.FirstToken == lineFirst + 1;
        return sentenceEnd || prose ? 0 : LineScore;
    }

    /// <summary>"DUSHANBE, March 3 (Agency) -": capitalised place words, a comma, the date, then "(" or a dash.</summary>
    private static bool IsWireDateline(Document document, in DateMatch match, int lineFirst, int lineEnd)
    {
        var tokens = document.Tokens;
        int comma = match.FirstToken - 1;
        if (comma <= lineFirst || comma - lineFirst > 4 || document.TextOf(tokens[comma]) is not ",")
        {
            return false;
        }
        for (int j = lineFirst; j < comma; j++)
        {
            var word = document.TextOf(tokens[j]);
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }
        if (match.EndToken >= lineEnd)
        {
            return false;
        }
        var next = document.TextOf(tokens[match.EndToken]);
        return next is "(" or "-" or "–" or "—";
    }

    /// <summary>The year written nearest to a wire dateline near the top, or 0.</summary>
    private static int NearestYear(List<DateMatch> matches, int position)
    {
        int year = 0;
        int distance = int.MaxValue;
        foreach (var m in matches)
        {
            if (m.Expression.Anchor == DateAnchor.Absolute && m.Expression.Unit is DateUnit.Day or DateUnit.Month or DateUnit.Year)
            {
                int d = Math.Abs(m.Span.Start - position);
                if (d < distance)
                {
                    distance = d;
                    year = m.Expression.Year;
                }
            }
        }
        return year;
    }

    private static bool IsWord(ReadOnlySpan<char> token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);
}
