using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Dates;

/// <summary>
/// The <c>dates</c> stage: adds a DATE mention, with its TIMEX3 value, for every calendar date or period
/// in the article text (EXTRACTION.md). It walks the tokens of each sentence and reads a date where a
/// token can start one (<see cref="DateParser"/>); values come from <see cref="TimexResolver"/> and the
/// document date set by the <c>document_date</c> stage.
/// </summary>
/// <remarks>
/// <para>What is a date: absolute dates ("Apr 08, 2024", "8 April 2024", "2024-04-08", "08.04.2024",
/// "04/08/2024" by <see cref="DateRecognizerOptions.SlashOrder"/>), months ("March 2024", "March of last
/// year", "March last year"), years ("2019", "the 2019 attack"), decades ("the 1990s", "the ’90s", "the
/// 90s", "the nineties"), seasons with a year ("summer 2023") or a relative word ("this summer"),
/// quarters and halves ("Q1 2024", "first half of 2024", "first half of the year": the document's year),
/// and dates relative to the document date: a month or day without a year ("March 22", "in January"),
/// weekdays ("on Friday"), "last/this/next" + week, weekend, month, quarter, year, month name, season or
/// weekday, "earlier/later this month", "yesterday", "today", "tomorrow", "two years ago".</para>
/// <para>What is not: durations ("five years", "7-day trial", "the past year", "the last two years"),
/// ages, counts and labels ("2000 fighters", "about 2000 Uzbeks", "between 2000 and 3000 people",
/// "Resolution 2254", "1267 Committee", "50,000"), "24/7", fractions, phone numbers, versions, times of
/// day ("10:15 AM"), vague words ("recently", "in recent months", "a few years ago", "the end of the
/// year"), a bare season ("in the summer"), "that year", "the following day" (not resolvable from the
/// document date), month names used as words or names ("may", "a march", "Theresa May", "Arab Spring",
/// "April Longley Alley"), a month or weekday abbreviation without a number ("Jan" as a name, "The Sun"),
/// habits ("every Friday", "Friday prayers", "Friday rallies"), dates inside names ("March 23 Movement",
/// "Revolutionary Organisation 17 November", "1920 Revolution Brigades", "Terrorism Act 2000", "Super
/// Tuesday", "Sughd Today"), and "today" meaning nowadays ("even today", "today's world", "Today the
/// group is...", "the threat today comes...").</para>
/// <para>Spans are the shortest text that names the date: no leading "the", "on", "in" or "of"; no
/// possessive; no surrounding punctuation. Words that change the date are kept: "Last August", "early
/// 2024", "mid-2023" (one token), "earlier this month", "end of 2023", "first half of 2024" (not "the
/// first half..."), "two years ago", "March of last year". A weekday written before a date belongs to it:
/// "Friday, March 29" is one mention. A day range written as one expression is one mention valued at its
/// first day ("July 4-5", "March 22–23"). Ranges written with two dates give one mention per date:
/// "between 2014 and 2016", "from March to May 2024" ("March" takes 2024 from "May 2024"; "from
/// November 2023 to February" gives February 2024), "2014-2016", "2014–16" and "March-May" (two mentions,
/// also inside one token), "22 to 29 March", "March 22 and 29". In "pre-2014" and "post-9/11" only the
/// date is the mention; in an ISO timestamp only its date.</para>
/// <para>Values follow <see cref="TimexResolver"/>: a month, day or weekday without a year is the most
/// recent one not after the document date, unless a future cue stands before it in its clause ("will",
/// "would", "scheduled", "expected", "is due"...; up to 12 tokens back, stopped by "said", "was", ";").
/// "9/11" and "the September 11 attacks" are read as the date they name, 2001-09-11, not as a fraction
/// or last September.</para>
/// <para>Furniture sentences give only full dates (day, month and year), when
/// <see cref="DateRecognizerOptions.FurnitureFullDates"/> is set. A date that overlaps a mention added by
/// an earlier stage is not added: earlier annotations are never overwritten.</para>
/// <para>Cost: most tokens are passed over after one hash and one bit (<see cref="DateLexicon.MayStartDate"/>);
/// see tests/IskpNlp.Benchmarks/Dates for the cost against the text stages.</para>
/// </remarks>
internal sealed class DateRecognizer : IStage
{
    private readonly DateParser _parser;

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DateRecognizer(DateRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _parser = new DateParser(options.SlashOrder);
    }

    /// <summary>The stage's name in pipeline.yaml.</summary>
    public const string StageName = "dates";

    public static StageInfo StageInfo { get; } = new(
        StageName,
        Annotations.Tokens | Annotations.Sentences | Annotations.Furniture | Annotations.DocumentDate,
        Annotations.Dates);

    public StageInfo Info => StageInfo;

    public DateRecognizerOptions Options { get; }

    /// <summary>The entity type this stage produces.</summary>
    public static EntityType Produces => EntityType.Date;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        MentionBuffer.Collect(document, (Recognizer: this, Document: document, Cancellation: cancellationToken),
            static (state, found) => state.Recognizer.Recognize(state.Document, found, state.Cancellation));
    }

    [ThreadStatic]
    private static List<DateMatch>? t_matches;

    /// <summary>The DATE mentions of <paramref name="document"/>, in reading order, without adding them.</summary>
    public List<Mention> Recognize(Document document, CancellationToken cancellationToken)
    {
        var found = new List<Mention>();
        Recognize(document, found, cancellationToken);
        return found;
    }

    /// <summary>Adds the DATE mentions of <paramref name="document"/> to <paramref name="found"/>, in reading order.</summary>
    public void Recognize(Document document, List<Mention> found, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        var matches = t_matches ??= new List<DateMatch>(16);
        var taken = TakenSpans(document);
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var sentence = sentences[s];
            if (sentence.IsFurniture && !Options.FurnitureFullDates)
            {
                continue;
            }
            matches.Clear();
            _parser.Parse(document.Text, document.TokensOf(sentence), matches);
            foreach (var match in matches)
            {
                if (sentence.IsFurniture && !match.Expression.IsFullDate)
                {
                    continue;
                }
                if (Overlaps(taken, match.Span))
                {
                    continue;
                }
                string value = TimexResolver.Resolve(match.Expression, document.Date);
                found.Add(new Mention(match.Span, EntityType.Date, "", "", value, Confidence(match.Expression), MentionMethod.Rule, s));
            }
        }
    }

    /// <summary>
    /// How sure the rule is, by what it read: a written full date is near certain; a bare year or month
    /// name is more often a label or a word.
    /// </summary>
    private static float Confidence(in DateExpression e) => e switch
    {
        { IsFullDate: true } => 0.98f,
        { Anchor: DateAnchor.Absolute, Unit: DateUnit.Year } => 0.85f,
        { Unit: DateUnit.Month, Anchor: DateAnchor.Implicit } => 0.85f,
        { Weekday: not null } => 0.85f,
        _ => 0.9f,
    };

    /// <summary>Spans of mentions added by earlier stages, sorted by start, so dates never overwrite them.</summary>
    private static TextSpan[] TakenSpans(Document document)
    {
        var mentions = document.Mentions;
        if (mentions.IsEmpty)
        {
            return [];
        }
        var spans = new TextSpan[mentions.Length];
        for (int k = 0; k < spans.Length; k++)
        {
            spans[k] = mentions[k].Span;
        }
        Array.Sort(spans, static (a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static bool Overlaps(TextSpan[] taken, TextSpan span)
    {
        foreach (var t in taken)
        {
            if (t.Start >= span.End)
            {
                return false;
            }
            if (t.Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }
}
