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
/// among share buttons and is still the article's date. Only lines that can hold a dateline are parsed (a
/// number of four or more characters, or a comma within the first five tokens), and of a line longer than
/// 16 tokens only its first 12: the search costs little, and nothing when the metadata gives the date.
/// </remarks>
internal sealed class DocumentDateFinder : IStage
{
    /// <summary>A line longer than this (in tokens) is prose, not a dateline, unless a keyword or a wire dateline opens it.</summary>
    private const int ShortLineTokens = 16;

    /// <summary>Of a longer line only the start is read: a keyword or a wire dateline opens it.</summary>
    private const int LineStartTokens = 12;

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
        // One pass over the top lines; the best candidate so far is kept (the first among equals), and a
        // keyword dateline ends the search, since nothing outranks it.
        var matches = new List<DateMatch>();
        int bestScore = 0;
        DateMatch best = default;
        int lines = 0;
        int lineStart = 0;
        for (int t = 1; t <= limit && lines < Options.DatelineLines && bestScore < KeywordScore; t++)
        {
            if (t < limit && !IsLineBreak(text, tokens[t - 1].End, tokens[t].Start))
            {
                continue;
            }
            var line = tokens[lineStart..t];
            if (!MayHoldDateline(text, line))
            {
                lines++;
                lineStart = t;
                continue;
            }
            if (line.Length > ShortLineTokens)
            {
                // Prose: only its start can hold a dateline; reading the rest would cost a full parse of the top.
                line = line[..LineStartTokens];
            }
            matches.Clear();
            _parser.Parse(text, line, matches);
            foreach (var m in matches)
            {
                // Document-wide token indexes, so that scoring needs no line.
                var match = m with { FirstToken = m.FirstToken + lineStart, EndToken = m.EndToken + lineStart };
                int score = Score(document, match, lineStart, t);
                if (score > bestScore)
                {
                    (bestScore, best) = (score, match);
                }
            }
            lines++;
            lineStart = t;
        }
        if (bestScore == 0)
        {
            return null;
        }
        var chosen = best;
        if (!chosen.Expression.IsFullDate)
        {
            int year = NearestYear(AllDates(document, limit), chosen.Span.Start);
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
    private static int Score(Document document, in DateMatch match, int lineFirst, int lineEnd)
    {
        var expression = match.Expression;
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

    /// <summary>Every date in the first <paramref name="limit"/> tokens, sentence by sentence, for the year of a wire dateline.</summary>
    private List<DateMatch> AllDates(Document document, int limit)
    {
        var all = new List<DateMatch>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken >= limit)
            {
                break;
            }
            _parser.Parse(document.Text, document.TokensOf(sentence), all);
        }
        return all;
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

    /// <summary>
    /// A cheap look before parsing: a dateline has a number of four or more characters (a year, or an
    /// all-number date), or is a wire dateline whose comma comes within the first five tokens.
    /// </summary>
    private static bool MayHoldDateline(string text, ReadOnlySpan<Token> line)
    {
        int scan = Math.Min(line.Length, ShortLineTokens + 1);
        for (int k = 0; k < scan; k++)
        {
            var token = line[k];
            char first = text[token.Start];
            if (char.IsAsciiDigit(first) && token.Length >= 4)
            {
                return true;
            }
            if (first == ',' && k <= 5)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the gap between two tokens holds a line break; most gaps are one space or none.</summary>
    private static bool IsLineBreak(string text, int gapStart, int gapEnd) =>
        (gapEnd - gapStart) switch
        {
            0 => false,
            1 => text[gapStart] == '\n',
            _ => text.AsSpan(gapStart, gapEnd - gapStart).Contains('\n'),
        };

    private static bool IsWord(ReadOnlySpan<char> token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);
}
