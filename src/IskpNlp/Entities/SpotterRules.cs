using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// The spotter's decisions, one small rule each: does the case fit the form, and does the context make
/// the form a mention (the group "IS", not the verb; "Reading" the town, not the gerund; "Tajik" the
/// people, not the language; "Russian" outside "Russian Academy of Sciences").
/// </summary>
internal static class SpotterRules
{
    private static readonly WordSet Connectors = new("of", "for", "and", "the", "de", "du", "on");

    /// <summary>
    /// Case-exact forms match only as written. Other forms match as written, with extra capitals
    /// ("Al-Qaeda" at a sentence start), or in full capitals when they have four letters or more and
    /// are not ambiguous ("DUSHANBE" in a dateline); never with capitals missing ("islamic state").
    /// </summary>
    public static bool CaseMatches(GazetteerEntry entry, ReadOnlySpan<char> surface)
    {
        var form = entry.Form.AsSpan();
        // Most matches are written as the form is: equal texts match under every rule below.
        if (surface.SequenceEqual(form))
        {
            return true;
        }
        if (!entry.CaseExact && entry.HasLower && SentenceContext.IsAllCaps(surface))
        {
            return !entry.Ambiguous && entry.Letters >= 4 && EqualsFolded(form, surface, ignoreCase: true);
        }
        return EqualsFolded(form, surface, ignoreCase: !entry.CaseExact);
    }

    /// <summary>The confidence of a candidate as a mention of <paramref name="entry"/>, or 0 when the context says it is not one.</summary>
    public static float Judge(GazetteerEntry entry, Candidate candidate, SentenceContext context, SpotScope scope)
    {
        int first = candidate.FirstToken;
        bool startsToken = context.Document.Tokens[first].Start == candidate.Start;
        var previous = startsToken ? context.Word(first - 1) : [];
        var next = candidate.End == context.Document.Tokens[candidate.NextToken - 1].End ? context.Word(candidate.NextToken) : [];
        bool multiword = candidate.NextToken - first > 1;
        switch (entry.Type)
        {
            case EntityType.Group:
                if (entry.CaseExact && entry.Letters <= 2)
                {
                    return JudgeShortGroupAcronym(previous, next, candidate.NextToken, insideWord: !startsToken || next.IsEmpty && candidate.End != context.Document.Tokens[candidate.NextToken - 1].End, context, scope);
                }
                return entry.CaseExact ? 0.9f : 0.95f;

            case EntityType.Nationality:
                if (IsLanguage(previous, next, first, context)
                    || IsInsideProperName(first, candidate.NextToken, endsInsideToken: candidate.End != context.Document.Tokens[candidate.NextToken - 1].End, context))
                {
                    return 0;
                }
                return 0.9f;

            default:
                if (IsInsideProperName(first, candidate.NextToken, endsInsideToken: candidate.End != context.Document.Tokens[candidate.NextToken - 1].End, context)
                    || ContextWords.PersonTitles.Contains(previous)
                    || (entry.Type == EntityType.Location && (NamesFacility(previous, next) || NamesFacilities(candidate.NextToken, context))))
                {
                    return 0;
                }
                if (entry.CaseExact && entry.Letters <= 2 && context.IsCaps)
                {
                    return 0;
                }
                if (entry.Ambiguous)
                {
                    return JudgeAmbiguousPlace(entry, first, previous, next, candidate, context);
                }
                return multiword ? 0.97f : 0.93f;
        }
    }

    /// <summary>"Rostov-on-Don": the word goes on as one name (a lower-case joint, then a capital), so its first part is no mention.</summary>
    public static bool ContinuesAsName(ReadOnlySpan<char> word, int end)
    {
        if (end >= word.Length || word[end] != '-')
        {
            return false;
        }
        var rest = word[(end + 1)..];
        int hyphen = rest.IndexOf('-');
        return hyphen > 0 && ContextWords.NameJoints.Contains(rest[..hyphen]) && hyphen + 1 < rest.Length && char.IsUpper(rest[hyphen + 1]);
    }

    /// <summary>"Tajik-language", "Russian-speaking": the part before the hyphen names a language.</summary>
    public static bool IsLanguageCompound(ReadOnlySpan<char> word, int end)
    {
        if (end >= word.Length || word[end] != '-')
        {
            return false;
        }
        var rest = word[(end + 1)..];
        int hyphen = rest.IndexOf('-');
        return ContextWords.LanguageSuffixes.Contains(hyphen < 0 ? rest : rest[..hyphen]);
    }

    // "IS" in capitals is the group in mixed-case text that speaks of the Islamic State, or next to
    // words that go with a group ("IS claimed", "the IS affiliate", "pro-IS"); never in a heading in
    // capitals ("IS IT OVER?") or as an emphasised verb ("The camera IS the story").
    private static float JudgeShortGroupAcronym(ReadOnlySpan<char> previous, ReadOnlySpan<char> next, int nextToken, bool insideWord, SentenceContext context, SpotScope scope)
    {
        if (context.IsCaps || (IsCapsWord(previous) && IsCapsWord(next)))
        {
            return 0;
        }
        // "which IS claimed", "where IS still held", "that IS videos": a group's verb or one of its
        // nouns after it outweighs the word before; an emphatic verb is followed by neither.
        if (EmphasisSubjects.Contains(previous))
        {
            var after = Adverbs.Contains(next) ? context.Word(nextToken + 1) : next;
            return GroupVerbs.Contains(after) || GroupNouns.Contains(next) ? 0.85f : 0;
        }
        if (insideWord || ContextWords.GroupContextBefore.Contains(previous) || ContextWords.GroupContextAfter.Contains(next))
        {
            return 0.85f;
        }
        return scope.MentionsIslamicState ? 0.75f : 0;
    }

    private static readonly WordSet GroupVerbs = new(
        "claimed", "claims", "seized", "controlled", "controls", "held", "holds", "lost", "launched", "killed", "recruited", "recruits", "attacked", "overran");

    private static readonly WordSet GroupNouns = new(
        "fighter", "fighters", "militants", "affiliate", "affiliates", "branch", "cell", "cells", "leader", "leaders", "leadership",
        "propaganda", "recruiters", "supporters", "members", "video", "videos", "media", "channels", "magazine", "caliphate", "territory");

    private static readonly WordSet Adverbs = new("still", "also", "then", "once", "later", "already", "now", "quickly", "briefly", "first");

    private static readonly WordSet EmphasisSubjects = new("it", "this", "that", "what", "there", "he", "she", "which", "who", "where", "here", "life", "time");

    private static bool IsCapsWord(ReadOnlySpan<char> word) => word.Length > 1 && SentenceContext.IsAllCaps(word);

    private static readonly WordSet LanguageFollowers = new(
        "and", "or", "as", "is", "was", "are", "were", "has", "have", "with", "by", "for", "to", "from", "at", "about", "than", "but",
        "on", "in", "via", "through", "during", "since", "until", "because", "while", "when",
        "next", "last", "this", "later", "soon", "now", "today", "tomorrow", "yesterday");

    private static bool IsLanguage(ReadOnlySpan<char> previous, ReadOnlySpan<char> next, int first, SentenceContext context)
    {
        if (ContextWords.LanguageAfter.Contains(next))
        {
            return true;
        }
        // A verb in the past after the name ("in Tajik reached thousands") also ends the phrase.
        bool endsPhrase = next.IsEmpty || !char.IsLetterOrDigit(next[0]) || LanguageFollowers.Contains(next)
            || (next.Length > 4 && char.IsLower(next[0]) && next.EndsWith("ed", StringComparison.Ordinal));
        if (ContextWords.LanguageBefore.Contains(previous))
        {
            // "in Tajik." / "in Tajik and Russian" name languages; "in Tajik villages" names people.
            return endsPhrase;
        }
        // "publish in Tajik, Uzbek, Russian and Kyrgyz": a list that a language word opens is a list of languages.
        if (endsPhrase && (previous is "," || ListJoints.Contains(previous)))
        {
            for (int i = first - 1; i > context.Sentence.FirstToken; i -= 2)
            {
                var joint = context.Word(i);
                if (!(joint is "," || ListJoints.Contains(joint)))
                {
                    return false;
                }
                var word = context.Word(i - 1);
                if (word.IsEmpty || !char.IsUpper(word[0]))
                {
                    return false;
                }
                if (ContextWords.LanguageBefore.Contains(context.Word(i - 2)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly WordSet ListJoints = new("and", "or");

    // Marks after which a capital starts a field or a heading, as at a sentence start ("By A. Writer | Mobile").
    private static readonly WordSet SegmentStarts = new("|", ":", "•", "–", "—", "-", "(", "\"", "“", "/", "·");

    // A capitalised run around the match that holds an institution's head word ("Afghan National
    // Army", "Voice of America", "RFE/RL's Tajik Service") is a proper name, and the place in it is
    // not a mention. In a heading in capitals or title case every word has a capital, so there only
    // a strong head right after the match counts ("LEVANT REVIEW", "Pamir Institute").
    internal static bool IsInsideProperName(int first, int nextToken, bool endsInsideToken, SentenceContext context)
    {
        // The heads around the match first: most matches have none, and then the sentence's style
        // (a pass over all its words) need not be worked out.
        bool strongHeadNext = !endsInsideToken && ContextWords.StrongInstitutionHeads.Contains(context.Word(nextToken));
        bool headAround = HasInstitutionHeadAround(first, nextToken, endsInsideToken, context);
        if (!strongHeadNext && !headAround)
        {
            return false;
        }
        return context.IsCaps || context.IsTitleCase ? strongHeadNext || IsWholeName(context) : headAround;
    }

    // "SAHEL SECURITY OBSERVATORY", "Meridian Newswire": a short line in capitals or title case that
    // is one name ending in a strong head is an outlet's or institution's name (a masthead).
    private static bool IsWholeName(SentenceContext context)
    {
        var sentence = context.Sentence;
        int last = sentence.EndToken - 1;
        while (last >= sentence.FirstToken && !context.Document.Tokens[last].IsWordLike)
        {
            last--;
        }
        if (last < sentence.FirstToken || last - sentence.FirstToken >= 5 || !ContextWords.StrongInstitutionHeads.Contains(context.Word(last)))
        {
            return false;
        }
        for (int i = sentence.FirstToken; i < last; i++)
        {
            if (!IsNamePart(context.Word(i), context.Word(i + 1)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "al-Hol camp", "Bakara market": a place name with a facility noun in lower case after it names
    /// the facility, and facilities are not LOCATIONs (EXTRACTION.md); after "a" it describes one ("a
    /// Kabul market" is a market in Kabul).
    /// </summary>
    public static bool NamesFacility(ReadOnlySpan<char> previous, ReadOnlySpan<char> next) =>
        !previous.Equals("a", StringComparison.OrdinalIgnoreCase) && !previous.Equals("an", StringComparison.OrdinalIgnoreCase) &&
        !next.IsEmpty && char.IsLower(next[0]) && ContextWords.FacilityNouns.Contains(next);

    /// <summary>"the al-Hol and Roj camps": a place, "and" or "or", another name, then a facility noun in the plural names facilities too.</summary>
    private static bool NamesFacilities(int nextToken, SentenceContext context)
    {
        var joint = context.Word(nextToken);
        var other = context.Word(nextToken + 1);
        var noun = context.Word(nextToken + 2);
        return joint is "and" or "or" && !other.IsEmpty && char.IsUpper(other[0])
            && noun.Length > 1 && noun[^1] == 's' && char.IsLower(noun[0]) && ContextWords.FacilityNouns.Contains(noun);
    }

    private static bool HasInstitutionHeadAround(int first, int nextToken, bool endsInsideToken, SentenceContext context)
    {
        // "Vienna-based Centre for ...": a hyphenated modifier is not part of the name that follows it.
        for (int i = nextToken, seen = 0; !endsInsideToken && seen < 5; i++, seen++)
        {
            var word = context.Word(i);
            if (word.IsEmpty || !IsNamePart(word, context.Word(i + 1)))
            {
                break;
            }
            if (ContextWords.InstitutionHeads.Contains(word))
            {
                return true;
            }
        }
        for (int i = first - 1, seen = 0; seen < 5; i--, seen++)
        {
            var word = context.Word(i);
            if (word.IsEmpty || !IsNamePart(word, context.Word(i - 1)))
            {
                break;
            }
            if (ContextWords.InstitutionHeads.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamePart(ReadOnlySpan<char> word, ReadOnlySpan<char> beyond) =>
        char.IsUpper(word[0]) || (Connectors.Contains(word) && !beyond.IsEmpty && char.IsUpper(beyond[0]));

    private static float JudgeAmbiguousPlace(GazetteerEntry entry, int first, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, Candidate candidate, SentenceContext context)
    {
        bool dateline = first == context.Sentence.FirstToken && next is ",";
        if (context.IsCaps && !dateline)
        {
            return 0;
        }
        // "Jordan Peterson", "Chad Wilson": a capitalised word after the name that is no name itself makes a person.
        if (!next.IsEmpty && char.IsUpper(next[0]) && char.IsLetter(next[0]) && next.Length > 1 && !SentenceContext.IsAllCaps(next))
        {
            return 0;
        }
        if (entry.Type == EntityType.Country)
        {
            // "the state of Georgia", "Georgia state": the US state, not the country.
            return next.Equals("state", StringComparison.OrdinalIgnoreCase) || previous.Equals("of", StringComparison.OrdinalIgnoreCase) && context.Word(first - 2) is "state" ? 0 : 0.75f;
        }
        // A capitalised first name before it ("George Washington") makes a person too.
        if (first > context.Sentence.FirstToken && !previous.IsEmpty && char.IsUpper(previous[0]) && char.IsLetter(previous[0]) && !SentenceContext.IsAllCaps(previous))
        {
            return 0;
        }
        if (dateline || ContextWords.PlacePrepositions.Contains(previous))
        {
            return 0.8f;
        }
        // At a sentence start a capital says nothing ("Reading the figures..."): only a possessive or
        // "Nice, France" makes it the place. Elsewhere the capital itself is the evidence.
        if (first == context.Sentence.FirstToken || SegmentStarts.Contains(previous))
        {
            return next is "’s" or "'s" || (next is "," && IsKnownPlaceName(context.Word(candidate.NextToken + 1))) ? 0.7f : 0;
        }
        return 0.65f;
    }

    private static bool IsKnownPlaceName(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    // Compares form and text with any run of white space equal to any other; with ignoreCase, the
    // text may capitalise what the form does not, never the reverse.
    private static bool EqualsFolded(ReadOnlySpan<char> form, ReadOnlySpan<char> text, bool ignoreCase)
    {
        int i = 0, j = 0;
        while (i < form.Length && j < text.Length)
        {
            if (char.IsWhiteSpace(form[i]) && char.IsWhiteSpace(text[j]))
            {
                while (i < form.Length && char.IsWhiteSpace(form[i]))
                {
                    i++;
                }
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }
                continue;
            }
            char f = form[i], t = text[j];
            if (f != t && !(ignoreCase && char.IsUpper(t) && char.ToLowerInvariant(t) == f)
                && !(ignoreCase && SentenceContext.IsAllCaps(text) && char.ToUpperInvariant(f) == t))
            {
                return false;
            }
            i++;
            j++;
        }
        return i == form.Length && j == text.Length;
    }
}
