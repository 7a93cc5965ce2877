using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// The country code a place takes from the mentions around it when its name alone gives none: a
/// place the gazetteer lacks (<see cref="EntityRecognizer"/>), or a name that places in two countries
/// share (<see cref="GazetteerSpotter"/>).
/// </summary>
internal static class ContextCodes
{
    /// <summary>
    /// The code of the mention that <paramref name="counts"/> accepts nearest to <paramref name="place"/> in its
    /// sentence, or null. Mentions inside the place are not its context ("Delta" in "Inner Niger Delta").
    /// </summary>
    public static string? Nearest(ReadOnlySpan<Mention> mentions, in Mention place, Func<Mention, bool> counts)
    {
        string? code = null;
        int distance = int.MaxValue;
        foreach (var mention in mentions)
        {
            if (InSentenceAround(mention, place) && counts(mention) && Math.Abs(mention.Span.Start - place.Span.Start) < distance)
            {
                (code, distance) = (mention.Code, Math.Abs(mention.Span.Start - place.Span.Start));
            }
        }
        return code;
    }

    /// <summary>
    /// The one code of the mentions that <paramref name="counts"/> accepts in the sentence of
    /// <paramref name="place"/> ("near Tinzaouaten, in northern Mali"); null when there are none, or when they
    /// name several countries ("fighters from Ethiopia, Sudan and Morocco ... in the Cal Miskaad mountains").
    /// </summary>
    public static string? Agreed(ReadOnlySpan<Mention> mentions, in Mention place, Func<Mention, bool> counts)
    {
        string? code = null;
        foreach (var mention in mentions)
        {
            if (!InSentenceAround(mention, place) || !counts(mention))
            {
                continue;
            }
            if (code is not null && code != mention.Code)
            {
                return null;
            }
            code = mention.Code;
        }
        return code;
    }

    private static bool InSentenceAround(in Mention mention, in Mention place) =>
        mention.Sentence == place.Sentence && !mention.Span.Overlaps(place.Span);

    /// <summary>
    /// The code of a country or people named right beside <paramref name="place"/> that is one of
    /// <paramref name="choices"/>: before it ("Indian Punjab", "Pakistan’s Punjab") or after a comma
    /// ("Badakhshan, Afghanistan"); or null. Only what is beside it: a border province is talked of with
    /// its neighbour ("Badakhshan, which borders Tajikistan").
    /// </summary>
    public static string? Beside(ReadOnlySpan<Mention> mentions, in Mention place, string text, IReadOnlyList<string> choices)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type is not (EntityType.Country or EntityType.Nationality) || !choices.Contains(mention.Code))
            {
                continue;
            }
            if (mention.Span.End <= place.Span.Start && IsModifierGap(text.AsSpan(mention.Span.End, place.Span.Start - mention.Span.End)))
            {
                return mention.Code;
            }
            if (mention.Span.Start >= place.Span.End && text.AsSpan(place.Span.End, mention.Span.Start - place.Span.End).Trim() is ",")
            {
                return mention.Code;
            }
        }
        return null;
    }

    // Between "Pakistan" and "Punjab": white space, or a possessive and white space.
    private static bool IsModifierGap(ReadOnlySpan<char> gap)
    {
        if (gap.StartsWith("’s", StringComparison.Ordinal) || gap.StartsWith("'s", StringComparison.Ordinal))
        {
            gap = gap[2..];
        }
        return !gap.IsEmpty && gap.IsWhiteSpace();
    }

    /// <summary>Of <paramref name="choices"/>, the code the document's places and nationalities carry most often (the earlier choice on a tie), or null when they carry none.</summary>
    public static string? MostNamed(ReadOnlySpan<Mention> mentions, IReadOnlyList<string> choices)
    {
        string? best = null;
        int bestCount = 0;
        foreach (string choice in choices)
        {
            int count = 0;
            foreach (var mention in mentions)
            {
                count += NamesCountry(mention) && mention.Code == choice ? 1 : 0;
            }
            if (count > bestCount)
            {
                (best, bestCount) = (choice, count);
            }
        }
        return best;
    }

    /// <summary>A country, a place or a people whose country is known: each says which country the text is in.</summary>
    public static bool NamesCountry(in Mention mention) =>
        mention.Type is EntityType.Country or EntityType.Location or EntityType.Nationality && mention.Code.Length > 0;
}
