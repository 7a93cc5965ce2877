using IskpNlp.Documents;

namespace IskpNlp.Dates;

/// <summary>
/// Reads date expressions from a run of tokens (a sentence, or a line for the dateline). It never scans
/// the text: it walks the tokens, fires on a token that can start a date (a month, weekday, season,
/// number, "last"/"this"/"next", "early"/"late"/"mid"...), reads forward from there, and goes on after
/// what it read. Immutable and thread-safe.
/// </summary>
/// <remarks>See <see cref="DateRecognizer"/> for what is read and how spans are drawn.</remarks>
internal sealed class DateParser
{
    /// <summary>Four-digit numbers in this range can be years; others are counts, codes or labels.</summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2099;

    /// <summary>How many tokens before a date without a year are searched for a future cue ("will", "upcoming").</summary>
    private const int CueLookBack = 12;

    private readonly SlashOrder _slashOrder;

    public DateParser(SlashOrder slashOrder)
    {
        _slashOrder = slashOrder;
    }

    /// <summary>
    /// Adds the date expressions of <paramref name="tokens"/> to <paramref name="matches"/>, in reading
    /// order; token indexes in the matches are relative to <paramref name="tokens"/>.
    /// </summary>
    public void Parse(string text, ReadOnlySpan<Token> tokens, List<DateMatch> matches)
    {
        int first = matches.Count;
        var w = new TokenWindow(text, tokens, first);
        int i = 0;
        while (i < tokens.Length)
        {
            // Most tokens cannot start a date: pass them over before any look-up (the cost per token must
            // stay a small part of the tokenizer's). An apostrophe may start "’90s".
            var token = tokens[i];
            if ((token.Kind is TokenKind.Punctuation or TokenKind.Symbol && text[token.Start] is not ('\'' or '’')) ||
                !DateLexicon.MayStartDate(text.AsSpan(token.Start, token.Length)))
            {
                i++;
                continue;
            }
            int end = MatchAt(w, i, matches);
            i = end > i ? end : i + 1;
        }
        if (matches.Count > first)
        {
            DropNames(w, matches, first);
        }
        if (matches.Count - first > 1)
        {
            ShareYears(w, matches, first);
        }
        MarkFuture(w, matches, first);
    }

    // ---- dispatch -------------------------------------------------------------------------------

    /// <summary>Tries every pattern that can start at token <paramref name="i"/>; returns the end token, or -1.</summary>
    private int MatchAt(in TokenWindow w, int i, List<DateMatch> matches)
    {
        if (w.Tokens[i].Kind is TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag or TokenKind.Emoji)
        {
            return -1;
        }
        var word = w.Word(i);
        if (word.Is(WordClass.Modifier))
        {
            int end = MatchModified(w, i, word, matches);
            if (end > 0)
            {
                return end;
            }
        }
        if (word.Is(WordClass.PartOf) && w.Is(i + 1, "of"))
        {
            int end = MatchWrapped(w, i, i + 2, matches, static e => e.Anchor != DateAnchor.Offset && e.Unit != DateUnit.Day);
            if (end > 0)
            {
                return end;
            }
        }
        if (word.Is(WordClass.Ordinal))
        {
            int end = MatchOrdinalPart(w, i, word, matches);
            if (end > 0)
            {
                return end;
            }
        }
        return MatchCore(w, i, word, matches);
    }

    /// <summary>Everything that can stand without a modifier in front.</summary>
    private int MatchCore(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        if (i >= w.Count)
        {
            return -1;
        }
        var t = w[i];
        if (t.Length == 0)
        {
            return -1;
        }
        if (char.IsAsciiDigit(t[0]))
        {
            return MatchNumber(w, i, word, matches);
        }
        if (t[0] is '\'' or '’')
        {
            return MatchApostropheDecade(w, i, matches);
        }
        if (word.Classes != WordClass.None)
        {
            int end = -1;
            if (word.Is(WordClass.Month))
            {
                end = MatchMonthFirst(w, i, word, matches);
            }
            if (end < 0 && word.Is(WordClass.Weekday))
            {
                end = MatchWeekday(w, i, word, matches);
            }
            if (end < 0 && word.Is(WordClass.Season))
            {
                end = MatchSeason(w, i, word, matches);
            }
            if (end < 0 && word.Is(WordClass.Relative))
            {
                end = MatchRelative(w, i, matches);
            }
            if (end < 0 && word.Is(WordClass.DayWord))
            {
                end = MatchDayWord(w, i, word, matches);
            }
            if (end < 0 && word.Is(WordClass.Ago))
            {
                end = MatchAgo(w, i, matches);
            }
            if (end < 0 && word.Is(WordClass.PeriodCode))
            {
                end = MatchPeriodCode(w, i, word, matches);
            }
            if (end < 0 && word.Is(WordClass.DecadeWord))
            {
                end = MatchDecadeWord(w, i, word, matches);
            }
            return end;
        }
        return t.Contains('-') ? MatchHyphenated(w, i, matches) : -1;
    }

    // ---- modifiers: early 2024, earlier this month, end of 2023, first half of 2024 ----------------

    private int MatchModified(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        var t = w[i];
        bool comparative = t.Equals("earlier", StringComparison.OrdinalIgnoreCase) || t.Equals("later", StringComparison.OrdinalIgnoreCase);
        if (comparative)
        {
            // "earlier this month", "later this year": only with a relative unit; "later that year" names no date we can resolve.
            return MatchWrapped(w, i, i + 1, matches, static e => e.Anchor is DateAnchor.This or DateAnchor.Last or DateAnchor.Next && e.Weekday is null);
        }
        // "early 2024", "late last year", "mid March": the value is that of what follows.
        return MatchWrapped(w, i, i + 1, matches, static e => e.Anchor != DateAnchor.Offset && e.Unit != DateUnit.Day);
    }

    /// <summary>Matches a core at <paramref name="coreStart"/> and stretches its span back to token <paramref name="start"/>.</summary>
    private int MatchWrapped(in TokenWindow w, int start, int coreStart, List<DateMatch> matches, Func<DateExpression, bool> accept)
    {
        int before = matches.Count;
        int end = MatchCore(w, coreStart, w.Word(coreStart), matches);
        if (end < 0)
        {
            return -1;
        }
        var first = matches[before];
        if (first.FirstToken != coreStart || !accept(first.Expression))
        {
            matches.RemoveRange(before, matches.Count - before);
            return -1;
        }
        matches[before] = first with { Span = new TextSpan(w.Tokens[start].Start, first.Span.End), FirstToken = start };
        return end;
    }

    /// <summary>"first half of 2024", "third quarter of last year", "the last quarter of 2023".</summary>
    private int MatchOrdinalPart(in TokenWindow w, int i, DateWord ordinal, List<DateMatch> matches)
    {
        bool half = w.Is(i + 1, "half");
        if (!half && !w.Is(i + 1, "quarter"))
        {
            return -1;
        }
        int part = ordinal.Number == 0 ? (half ? 2 : 4) : ordinal.Number;
        if (half && part > 2)
        {
            return -1;
        }
        // "first half of the year" is the document's year; without any year ("the first half", "the last
        // quarter") the period is too vague to name a date.
        if (!TryYearTail(w, i + 2, allowComma: false, out var tail, out int end))
        {
            if (!(w.Is(i + 2, "of") && w.Is(i + 3, "the") && w.Is(i + 4, "year")))
            {
                return -1;
            }
            tail = new YearTail(true, 0, 0);
            end = i + 5;
        }
        var unit = half ? DateUnit.Half : DateUnit.Quarter;
        Add(w, matches, i, end, tail.Apply(new DateExpression(unit, DateAnchor.Implicit, Part: part)));
        return end;
    }

    // ---- numbers: 8 April 2024, 2024-04-08, 1990s, 2019, two years ago --------------------------

    private int MatchNumber(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        var t = w[i];
        int end = MatchDayFirst(w, i, matches);
        if (end > 0)
        {
            return end;
        }
        if (word.Is(WordClass.Ordinal))
        {
            return -1;
        }
        end = MatchNumericDate(w, i, matches);
        if (end > 0)
        {
            return end;
        }
        if (t.Length == 5 && (t[4] is 's' or 'S') && TryYear(t[..4], out int decade) && decade % 10 == 0)
        {
            Add(w, matches, i, i + 1, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: decade));
            return i + 1;
        }
        // "the 90s", "the late 80s"; not "in their 20s".
        if (TryShortDecade(t, out int shortDecade) && (w.Is(i - 1, "the") || w.Word(i - 1).Is(WordClass.Modifier)))
        {
            Add(w, matches, i, i + 1, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: shortDecade));
            return i + 1;
        }
        if (!IsYearToken(w, i, out int year))
        {
            return -1;
        }
        // "the 1990's": a round year with 's after "the", "early", "late", "mid" is a decade.
        if (year % 10 == 0 && (w.Is(i + 1, "'s") || w.Is(i + 1, "’s")) && w.Adjacent(i, i + 1) &&
            (w.Is(i - 1, "the") || w.Word(i - 1).Is(WordClass.Modifier)))
        {
            Add(w, matches, i, i + 2, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: year));
            return i + 2;
        }
        if (LooksLikeCount(w, i))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: year));
        // "2014–16" split around a dash: the second year is a date of its own.
        if (w.IsDash(i + 1) && w.Adjacent(i, i + 1) && w.Adjacent(i + 1, i + 2) && TryRangeEnd(w[i + 2], year, out int endYear))
        {
            Add(w, matches, i + 2, i + 3, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: endYear));
            return i + 3;
        }
        return i + 1;
    }

    /// <summary>
    /// "two years ago", "a decade ago", "3 days ago": counted back from the document date. Read back from
    /// "ago" at <paramref name="agoIndex"/>, so the count and unit must not belong to an earlier match.
    /// </summary>
    private static int MatchAgo(in TokenWindow w, int agoIndex, List<DateMatch> matches)
    {
        int i = agoIndex - 2;
        if (i < 0 || (matches.Count > w.FirstMatch && matches[^1].EndToken > i))
        {
            return -1;
        }
        var countWord = w.Word(i);
        int count = countWord.Is(WordClass.NumberWord) ? countWord.Number : TryInteger(w[i], out int digits) && digits is >= 1 and <= 99 ? digits : 0;
        if (count <= 0)
        {
            return -1;
        }
        var unitWord = w.Word(i + 1);
        if (!unitWord.Is(WordClass.Unit))
        {
            return -1;
        }
        (DateUnit unit, int offset) = unitWord.Unit switch
        {
            DateUnit.Day => (DateUnit.Day, -count),
            DateUnit.Week => (DateUnit.Week, -count),
            DateUnit.Month => (DateUnit.Month, -count),
            DateUnit.Year => (DateUnit.Year, -count),
            DateUnit.Decade => (DateUnit.Year, -10 * count),
            _ => (DateUnit.Quarter, 0),
        };
        if (offset == 0)
        {
            return -1;
        }
        Add(w, matches, i, i + 3, new DateExpression(unit, DateAnchor.Offset, Offset: offset));
        return i + 3;
    }

    /// <summary>"8 April 2024", "8th of April", "22-23 March", and "22 to 29 March" (two dates).</summary>
    private int MatchDayFirst(in TokenWindow w, int i, List<DateMatch> matches)
    {
        if (!TryDay(w, i, out int day, out int dayEnd))
        {
            return -1;
        }
        if (TryDayMonth(w, i, day, dayEnd, out var expression, out int end))
        {
            Add(w, matches, i, end, expression);
            return end;
        }
        // "from 22 to 29 March": the first day takes the month and year of the second.
        if (w.Word(dayEnd).Is(WordClass.Connector) && TryDay(w, dayEnd + 1, out int day2, out int day2End) &&
            TryDayMonth(w, dayEnd + 1, day2, day2End, out var second, out int end2))
        {
            Add(w, matches, i, dayEnd, second with { Day = day });
            Add(w, matches, dayEnd + 1, end2, second);
            return end2;
        }
        return -1;
    }

    private bool TryDayMonth(in TokenWindow w, int i, int day, int dayEnd, out DateExpression expression, out int end)
    {
        expression = default;
        int j = w.Is(dayEnd, "of") ? dayEnd + 1 : dayEnd;
        if (!w.IsMonth(j, out int month, out _))
        {
            end = -1;
            return false;
        }
        expression = new DateExpression(DateUnit.Day, DateAnchor.Implicit, Month: month, Day: day);
        end = j + 1;
        if (TryYearTail(w, j + 1, allowComma: true, out var tail, out int tailEnd))
        {
            expression = tail.Apply(expression);
            end = tailEnd;
        }
        return true;
    }

    /// <summary>All-number dates in one token: 2024-04-08, 08.04.2024, 04/08/2024, 03/2024, 2014-2016, 9/11.</summary>
    private int MatchNumericDate(in TokenWindow w, int i, List<DateMatch> matches)
    {
        var t = w[i];
        // "2024-04-08T10:15:00Z": the date is the mention, the time of day is not.
        if (t.Length > 10 && t[10] == 'T' && t[4] == '-' && t[7] == '-' &&
            TryInteger(t[..4], out int isoYear) && TryInteger(t[5..7], out int isoMonth) && TryInteger(t[8..10], out int isoDay) &&
            isoYear is >= MinYear and <= MaxYear && IsValidDay(isoYear, isoMonth, isoDay))
        {
            int start = w.Tokens[i].Start;
            matches.Add(new DateMatch(new TextSpan(start, start + 10), i, i + 1, DateExpression.AbsoluteDay(isoYear, isoMonth, isoDay)));
            return i + 1;
        }
        char separator = '\0';
        int parts = 1;
        int firstSep = -1;
        int secondSep = -1;
        for (int k = 0; k < t.Length; k++)
        {
            char c = t[k];
            if (char.IsAsciiDigit(c))
            {
                continue;
            }
            if (c is not ('-' or '/' or '.' or '–') || (separator != '\0' && c != separator) || k == 0 || k == t.Length - 1 || !char.IsAsciiDigit(t[k - 1]))
            {
                return -1;
            }
            separator = c;
            parts++;
            if (firstSep < 0)
            {
                firstSep = k;
            }
            else
            {
                secondSep = k;
            }
        }
        if (parts == 3)
        {
            return MatchThreePartDate(w, i, t, separator, firstSep, secondSep, matches);
        }
        if (parts != 2)
        {
            return -1;
        }
        var a = t[..firstSep];
        var b = t[(firstSep + 1)..];
        if (separator == '/' && a is "9" && b is "11")
        {
            // "9/11" names the day of the 2001 attacks; written with slashes it is no fraction or score in this corpus.
            Add(w, matches, i, i + 1, DateExpression.AbsoluteDay(2001, 9, 11));
            return i + 1;
        }
        if (a.Length == 4 && TryYear(a, out int year) && separator is '-' or '/' or '–')
        {
            if (TryRangeEnd(b, year, out int endYear))
            {
                int start = w.Tokens[i].Start;
                matches.Add(new DateMatch(new TextSpan(start, start + 4), i, i + 1, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: year)));
                matches.Add(new DateMatch(new TextSpan(start + firstSep + 1, w.Tokens[i].End), i, i + 1, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: endYear)));
                return i + 1;
            }
            if (separator == '-' && b.Length == 2 && TryInteger(b, out int yearMonth) && yearMonth is >= 1 and <= 12)
            {
                Add(w, matches, i, i + 1, new DateExpression(DateUnit.Month, DateAnchor.Absolute, Year: year, Month: yearMonth));
                return i + 1;
            }
            return -1;
        }
        if (a.Length <= 2 && separator is '/' or '.' && TryInteger(a, out int month) && month is >= 1 and <= 12 && b.Length == 4 && TryYear(b, out int monthYear))
        {
            Add(w, matches, i, i + 1, new DateExpression(DateUnit.Month, DateAnchor.Absolute, Year: monthYear, Month: month));
            return i + 1;
        }
        return -1;
    }

    private int MatchThreePartDate(in TokenWindow w, int i, ReadOnlySpan<char> t, char separator, int firstSep, int secondSep, List<DateMatch> matches)
    {
        var a = t[..firstSep];
        var b = t[(firstSep + 1)..secondSep];
        var c = t[(secondSep + 1)..];
        if (!TryInteger(a, out int na) || !TryInteger(b, out int nb) || !TryInteger(c, out int nc) || b.Length > 2)
        {
            return -1;
        }
        int year, month, day;
        if (a.Length == 4)
        {
            (year, month, day) = (na, nb, nc);
            if (c.Length > 2)
            {
                return -1;
            }
        }
        else if (a.Length <= 2 && c.Length is 4 or 2)
        {
            year = c.Length == 4 ? nc : (nc < 50 ? 2000 + nc : 1900 + nc);
            // Dotted dates are European, day first; slashed and dashed ones follow the configured order,
            // unless only the other order gives a real date (31/03/2024 under mdy).
            bool dayFirst = separator == '.' || _slashOrder == SlashOrder.DayMonthYear;
            (day, month) = dayFirst ? (na, nb) : (nb, na);
            if (!IsValidDay(year, month, day) && IsValidDay(year, day, month))
            {
                (day, month) = (month, day);
            }
        }
        else
        {
            return -1;
        }
        if (year is < MinYear or > MaxYear || !IsValidDay(year, month, day))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, DateExpression.AbsoluteDay(year, month, day));
        return i + 1;
    }

    /// <summary>"the ’90s", "'80s".</summary>
    private static int MatchApostropheDecade(in TokenWindow w, int i, List<DateMatch> matches)
    {
        var t = w[i];
        int end = i + 1;
        ReadOnlySpan<char> digits;
        if (t.Length == 4 && t[3] is 's')
        {
            digits = t[1..3];
        }
        else if (t.Length == 1 && w.Adjacent(i, i + 1) && w[i + 1] is { Length: 3 } next && next[2] == 's')
        {
            digits = next[..2];
            end = i + 2;
        }
        else
        {
            return -1;
        }
        if (!TryInteger(digits, out int n) || n % 10 != 0)
        {
            return -1;
        }
        Add(w, matches, i, end, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: ShortDecadeYear(n)));
        return end;
    }

    /// <summary>"90s", "’90s": the decade's first year; "20s" and below are this century's.</summary>
    private static bool TryShortDecade(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        if (text.Length > 0 && text[0] is '\'' or '’')
        {
            text = text[1..];
        }
        if (text.Length != 3 || text[2] != 's' || !TryInteger(text[..2], out int n) || n % 10 != 0)
        {
            return false;
        }
        year = ShortDecadeYear(n);
        return true;
    }

    private static int ShortDecadeYear(int twoDigits) => twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;

    // ---- words: months, weekdays, seasons, relative words ------------------------------------------

    /// <summary>"April 8, 2024", "Apr. 8", "March 2024", "March of last year", "July 4-5", and a bare "August".</summary>
    private static int MatchMonthFirst(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        if (!w.IsMonth(i, out int month, out bool abbreviation))
        {
            return -1;
        }
        int j = i + 1;
        if (TryDay(w, j, out int day, out int dayEnd) && !w.Word(dayEnd).Is(WordClass.QuantityNoun))
        {
            var expression = new DateExpression(DateUnit.Day, DateAnchor.Implicit, Month: month, Day: day);
            // "March 22 and 29, 2024": a second day of the same month, as a date of its own.
            int secondStart = -1, secondEnd = -1, secondDay = 0;
            if (w.Word(dayEnd).Is(WordClass.Connector) && TryDay(w, dayEnd + 1, out secondDay, out secondEnd) &&
                (secondEnd >= w.Count || w.IsPunctuation(secondEnd) || IsYearAt(w, secondEnd)))
            {
                secondStart = dayEnd + 1;
            }
            int tailFrom = secondStart > 0 ? secondEnd : dayEnd;
            int consumed = tailFrom;
            if (TryYearTail(w, tailFrom, allowComma: true, out var tail, out int tailEnd))
            {
                expression = tail.Apply(expression);
                consumed = tailEnd;
            }
            if (secondStart < 0)
            {
                // "the September 11 attacks" name the 2001 attacks, as "9/11" does, not last September.
                if (month == 9 && day == 11 && expression.Anchor == DateAnchor.Implicit && IsAttackWord(w[consumed]))
                {
                    expression = DateExpression.AbsoluteDay(2001, 9, 11);
                }
                Add(w, matches, i, consumed, expression);
                return consumed;
            }
            Add(w, matches, i, dayEnd, expression);
            Add(w, matches, secondStart, secondEnd, expression with { Day = secondDay });
            return consumed;
        }
        if (TryYearTail(w, j, allowComma: false, out var yearTail, out int yearEnd))
        {
            Add(w, matches, i, yearEnd, yearTail.Apply(new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: month)));
            return yearEnd;
        }
        if (abbreviation || !AcceptBareMonth(w, i, month, matches))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: month));
        return i + 1;
    }

    /// <summary>
    /// Whether a month name with no day or year after it is the month. "May", "March" and "August" are also
    /// a verb, a noun and an adjective (and names), so they need a date word before them; the others only
    /// need not to be a person's name.
    /// </summary>
    private static bool AcceptBareMonth(in TokenWindow w, int i, int month, List<DateMatch> matches)
    {
        bool ambiguous = month is 3 or 5 or 8;
        if (IsEvery(w, i - 1))
        {
            return false;
        }
        int prev = i - 1;
        if (prev < 0)
        {
            return !ambiguous && !w.IsCapitalizedWord(i + 1);
        }
        var before = w.Word(prev);
        if (before.Is(WordClass.MonthContext))
        {
            return true;
        }
        if ((before.Is(WordClass.Connector) || w.Is(prev, ",")) && matches.Count > w.FirstMatch && matches[^1].EndToken >= prev - 1 && matches[^1].EndToken <= prev)
        {
            return true;
        }
        if (w.Is(prev, "the") || w.Is(prev, "’s") || w.Is(prev, "'s"))
        {
            // "the March attack", "Russia's August offensive".
            return w.IsLowercaseWord(i + 1);
        }
        if (w.Is(prev, "(") && w.Is(i + 1, ")"))
        {
            // "Krasnogorsk (March)": a month on its own in brackets.
            return true;
        }
        if (ambiguous)
        {
            return false;
        }
        return !w.IsCapitalizedWord(i + 1) && !w.IsCapitalizedWord(prev);
    }

    /// <summary>"Friday", "Friday, March 29", "Sat, 23 Mar 2024"; a weekday abbreviation only before a date.</summary>
    private int MatchWeekday(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        if (!w.IsCapitalized(i))
        {
            return -1;
        }
        int j = w.Is(i + 1, ",") ? i + 2 : i + 1;
        int before = matches.Count;
        int end = MatchCore(w, j, w.Word(j), matches);
        if (end > 0)
        {
            var first = matches[before];
            if (first.FirstToken == j && first.Expression is { Unit: DateUnit.Day, Month: > 0 })
            {
                matches[before] = first with { Span = new TextSpan(w.Tokens[i].Start, first.Span.End), FirstToken = i };
                return end;
            }
            matches.RemoveRange(before, matches.Count - before);
        }
        // "Friday prayers", "every Friday": a habit, not a day; "Super Tuesday", "Good Friday": a name.
        if (word.IsAbbreviation || w.Word(i + 1).Is(WordClass.WeekdayHabit) || IsEvery(w, i - 1) ||
            (w.IsLowercaseWord(i + 1) && LooksPlural(w[i + 1])) ||
            (i > 1 && w.IsCapitalizedWord(i - 1) && !w.Word(i - 1).Is(WordClass.MonthContext)))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, new DateExpression(DateUnit.Day, DateAnchor.Implicit, Weekday: word.Weekday));
        return i + 1;
    }

    /// <summary>
    /// "summer 2023", "the winter of 2022", "spring of last year"; and a season named as a time of its
    /// own ("since the spring,", "expected in the spring"), which, like a month without a year, is the
    /// most recent one. A bare season elsewhere is too vague or no time at all: "in summer" (every
    /// summer), "the summer heat", "after the fall of Kabul".
    /// </summary>
    private static int MatchSeason(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        // "Arab Spring": a capitalised season after a capitalised word is part of a name.
        if (w.IsCapitalized(i) && i > 0 && w.IsCapitalizedWord(i - 1) && !w.Word(i - 1).Is(WordClass.MonthContext))
        {
            return -1;
        }
        var season = new DateExpression(DateUnit.Season, DateAnchor.Implicit, Part: word.Season);
        if (TryYearTail(w, i + 1, allowComma: false, out var tail, out int end))
        {
            Add(w, matches, i, end, tail.Apply(season));
            return end;
        }
        if (!IsSeasonOfItsOwn(w, i))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, season);
        return i + 1;
    }

    // "in the spring", "since the winter", "by the fall": a time preposition and "the" before the
    // season, and the phrase ends after it (punctuation, or a word that does not go on with it).
    private static bool IsSeasonOfItsOwn(in TokenWindow w, int i) =>
        w.Is(i - 1, "the") && IsAnyOf(w, i - 2, SeasonPrepositions)
        && (i + 1 >= w.Count || (w.IsPunctuation(i + 1) && !w.IsDash(i + 1)) || IsAnyOf(w, i + 1, SeasonFollowers));

    private static readonly string[] SeasonPrepositions = ["in", "since", "during", "by", "until", "till", "through", "throughout", "over", "before", "after"];

    // Words after a season that end its phrase ("in the spring and summer", "in the winter when", "in
    // the spring they left"); a noun would make the season its modifier ("in the spring offensive").
    private static readonly string[] SeasonFollowers =
        ["and", "or", "but", "when", "while", "as", "after", "before", "until", "that", "with", "amid", "following", "because",
         "in", "on", "at", "to", "for", "from", "he", "she", "they", "we", "it"];

    private static bool IsAnyOf(in TokenWindow w, int i, string[] words)
    {
        foreach (string word in words)
        {
            if (w.Is(i, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"last year", "this summer", "next week", "Last August", "last Friday", "this past weekend".</summary>
    private static int MatchRelative(in TokenWindow w, int i, List<DateMatch> matches)
    {
        // "the last year", "the next month" are spans of time, not dates.
        if (w.Is(i - 1, "the") || w.Is(i - 1, "very"))
        {
            return -1;
        }
        var t = w[i];
        var anchor = t.Equals("last", StringComparison.OrdinalIgnoreCase) ? DateAnchor.Last
            : t.Equals("next", StringComparison.OrdinalIgnoreCase) ? DateAnchor.Next
            : DateAnchor.This;
        int j = i + 1;
        if (anchor == DateAnchor.This && w.Is(j, "past"))
        {
            anchor = DateAnchor.Last;
            j++;
        }
        var target = w.Word(j);
        DateExpression expression;
        if (target.Is(WordClass.Unit) && !target.IsPlural && target.Unit is DateUnit.Week or DateUnit.Weekend or DateUnit.Month or DateUnit.Year or DateUnit.Quarter)
        {
            // "last week of March", "this year of elections": the unit is a part of something else.
            if (w.Is(j + 1, "of"))
            {
                return -1;
            }
            expression = new DateExpression(target.Unit, anchor);
        }
        else if (w.IsMonth(j, out int month, out bool abbreviation) && !abbreviation)
        {
            expression = new DateExpression(DateUnit.Month, anchor, Month: month);
        }
        else if (target.Is(WordClass.Season))
        {
            expression = new DateExpression(DateUnit.Season, anchor, Part: target.Season);
        }
        else if (target.Is(WordClass.Weekday) && !target.IsAbbreviation && w.IsCapitalized(j))
        {
            expression = new DateExpression(DateUnit.Day, anchor, Weekday: target.Weekday);
        }
        else
        {
            return -1;
        }
        Add(w, matches, i, j + 1, expression);
        return j + 1;
    }

    /// <summary>"yesterday", "tomorrow", and "today" when it is a day, not "nowadays" ("even today").</summary>
    private static int MatchDayWord(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        // "Sughd Today", a publication: a capitalised day word after a capitalised word is a name.
        if (w.IsCapitalized(i) && i > 0 && w.IsCapitalizedWord(i - 1))
        {
            return -1;
        }
        if (word.Number == 0 && IsNowadays(w, i))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, new DateExpression(DateUnit.Day, DateAnchor.Offset, Offset: word.Number));
        return i + 1;
    }

    /// <summary>
    /// "today" meaning nowadays: "even today", "today's world", and "today" followed by a noun phrase or a
    /// present-tense verb ("Today the group is...", "the threat today comes...").
    /// </summary>
    private static bool IsNowadays(in TokenWindow w, int i)
    {
        if (w.Word(i - 1).Is(WordClass.TodayVague) || w.Is(i - 1, "as"))
        {
            return true;
        }
        if (w.Is(i + 1, "'s") || w.Is(i + 1, "’s"))
        {
            return w.Word(i + 2).Is(WordClass.TodayVague);
        }
        var next = w[i + 1];
        return w.Word(i + 1).Is(WordClass.Determiner) || next is "is" or "are" or "remains" or "remain" or "has" or "have" ||
            (w.IsLowercaseWord(i + 1) && LooksPlural(next));
    }

    /// <summary>"Q1 2024", "Q3", "H2 2023"; a half-year code needs its year.</summary>
    private static int MatchPeriodCode(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        var t = w[i];
        if (!char.IsUpper(t[0]))
        {
            return -1;
        }
        var expression = new DateExpression(word.Unit, DateAnchor.Implicit, Part: word.Number);
        if (TryYearTail(w, i + 1, allowComma: true, out var tail, out int end))
        {
            Add(w, matches, i, end, tail.Apply(expression));
            return end;
        }
        if (word.Unit == DateUnit.Half)
        {
            return -1;
        }
        Add(w, matches, i, i + 1, expression);
        return i + 1;
    }

    /// <summary>"the nineties", "the early eighties" (not "in their sixties").</summary>
    private static int MatchDecadeWord(in TokenWindow w, int i, DateWord word, List<DateMatch> matches)
    {
        if (!w.Is(i - 1, "the") && !w.Word(i - 1).Is(WordClass.Modifier))
        {
            return -1;
        }
        Add(w, matches, i, i + 1, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: word.Number));
        return i + 1;
    }

    /// <summary>"mid-2023", "early-2024", "mid-March", "late-1990s", "March-May 2024"; in "pre-2014" and "post-9/11" only the date.</summary>
    private int MatchHyphenated(in TokenWindow w, int i, List<DateMatch> matches)
    {
        var t = w[i];
        int dash = t.IndexOf('-');
        if (dash <= 0 || dash == t.Length - 1)
        {
            return -1;
        }
        var prefix = t[..dash];
        var rest = t[(dash + 1)..];
        int tokenStart = w.Tokens[i].Start;
        var prefixWord = DateLexicon.Find(prefix);
        if (prefixWord.Is(WordClass.Modifier) && !prefix.Equals("earlier", StringComparison.OrdinalIgnoreCase) && !prefix.Equals("later", StringComparison.OrdinalIgnoreCase))
        {
            if (TryYear(rest, out int year) && rest.Length == 4)
            {
                Add(w, matches, i, i + 1, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: year));
                return i + 1;
            }
            if ((rest.Length == 5 && rest[4] == 's' && TryYear(rest[..4], out int decade) && decade % 10 == 0) || TryShortDecade(rest, out decade))
            {
                Add(w, matches, i, i + 1, new DateExpression(DateUnit.Decade, DateAnchor.Absolute, Year: decade));
                return i + 1;
            }
            var restWord = DateLexicon.Find(rest);
            if (restWord.Is(WordClass.Month) && char.IsUpper(rest[0]) && !restWord.IsAbbreviation)
            {
                var expression = new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: restWord.Month);
                int end = i + 1;
                if (TryYearTail(w, i + 1, allowComma: false, out var tail, out int tailEnd))
                {
                    expression = tail.Apply(expression);
                    end = tailEnd;
                }
                Add(w, matches, i, end, expression);
                return end;
            }
            return -1;
        }
        if (prefix.Equals("pre", StringComparison.OrdinalIgnoreCase) || prefix.Equals("post", StringComparison.OrdinalIgnoreCase))
        {
            var span = new TextSpan(tokenStart + dash + 1, w.Tokens[i].End);
            if (rest.Length == 4 && TryYear(rest, out int year))
            {
                matches.Add(new DateMatch(span, i, i + 1, new DateExpression(DateUnit.Year, DateAnchor.Absolute, Year: year)));
                return i + 1;
            }
            if (rest is "9/11")
            {
                matches.Add(new DateMatch(span, i, i + 1, DateExpression.AbsoluteDay(2001, 9, 11)));
                return i + 1;
            }
            // The tokenizer cuts "post-9/11" as "post-9", "/", "11".
            if (rest is "9" && w.Is(i + 1, "/") && w.Is(i + 2, "11") && w.Adjacent(i, i + 1) && w.Adjacent(i + 1, i + 2))
            {
                matches.Add(new DateMatch(new TextSpan(span.Start, w.Tokens[i + 2].End), i, i + 3, DateExpression.AbsoluteDay(2001, 9, 11)));
                return i + 3;
            }
            return -1;
        }
        var first = DateLexicon.Find(prefix);
        var second = DateLexicon.Find(rest);
        if (first.Is(WordClass.Month) && second.Is(WordClass.Month) && char.IsUpper(prefix[0]) && char.IsUpper(rest[0]))
        {
            // "March-May 2024": two months, each a date; the year after the pair belongs to both.
            var m1 = new DateExpression(DateUnit.Month, DateAnchor.Implicit, Month: first.Month);
            var m2 = m1 with { Month = second.Month };
            int end = i + 1;
            if (TryYearTail(w, i + 1, allowComma: false, out var tail, out int tailEnd))
            {
                m2 = tail.Apply(m2);
                end = tailEnd;
            }
            int spanEnd = end > i + 1 ? w.Tokens[end - 1].End : w.Tokens[i].End;
            matches.Add(new DateMatch(new TextSpan(tokenStart, tokenStart + dash), i, i + 1, m1));
            matches.Add(new DateMatch(new TextSpan(tokenStart + dash + 1, spanEnd), i, end, m2));
            return end;
        }
        return -1;
    }

    // ---- after the walk: shared years and future cues ----------------------------------------------

    /// <summary>
    /// "from March to May 2024", "January and March of this year": a month or day without a year takes the
    /// year of the date it is joined to; "from March 2023 to May" works the other way round.
    /// </summary>
    private static void ShareYears(in TokenWindow w, List<DateMatch> matches, int first)
    {
        for (int k = matches.Count - 2; k >= first; k--)
        {
            var a = matches[k];
            var b = matches[k + 1];
            if (a.Expression.Anchor == DateAnchor.Implicit && CanLend(b.Expression) && Joined(w, a, b))
            {
                matches[k] = a with { Expression = Borrow(a.Expression, b.Expression, later: false) };
            }
        }
        for (int k = first + 1; k < matches.Count; k++)
        {
            var a = matches[k - 1];
            var b = matches[k];
            if (b.Expression.Anchor == DateAnchor.Implicit && CanLend(a.Expression) && Joined(w, a, b))
            {
                matches[k] = b with { Expression = Borrow(b.Expression, a.Expression, later: true) };
            }
        }
    }

    /// <summary>
    /// Removes dates that are part of a name: "March 23 Movement", "Revolutionary Organisation 17 November",
    /// "1920 Revolution Brigades" (a year needs two capitalised words after it, so "the 2011 Revolution" stays),
    /// "Terrorism Act 2000".
    /// </summary>
    private static void DropNames(in TokenWindow w, List<DateMatch> matches, int first)
    {
        for (int k = matches.Count - 1; k >= first; k--)
        {
            var m = matches[k];
            bool name = m.Expression.Unit switch
            {
                DateUnit.Day when m.Expression.Weekday is null =>
                    IsNameWord(w, m.EndToken) || (m.FirstToken > 1 && IsNameWord(w, m.FirstToken - 1)),
                DateUnit.Year => (w.IsCapitalizedWord(m.EndToken) && w.IsCapitalizedWord(m.EndToken + 1) &&
                    (IsNameWord(w, m.EndToken) || IsNameWord(w, m.EndToken + 1))) || w[m.FirstToken - 1] is "Act",
                _ => false,
            };
            if (name)
            {
                matches.RemoveAt(k);
            }
        }
    }

    private static bool IsNameWord(in TokenWindow w, int i) =>
        w.IsCapitalizedWord(i) && w[i] is "Movement" or "Organisation" or "Organization" or "Group" or "Brigade" or "Brigades" or
            "Front" or "Revolution" or "Battalion" or "Regiment" or "Army" or "Coalition" or "Alliance" or "Party" or "Youth";

    private static bool CanLend(in DateExpression e) =>
        e.Anchor is DateAnchor.Absolute or DateAnchor.YearRelative && e.Weekday is null &&
        e.Unit is DateUnit.Day or DateUnit.Month or DateUnit.Season or DateUnit.Quarter or DateUnit.Half;

    /// <summary>Whether only a connector ("and", "to", "-", ",", ", and") stands between two dates.</summary>
    private static bool Joined(in TokenWindow w, in DateMatch a, in DateMatch b)
    {
        if (a.Expression.Weekday is not null || b.Expression.Weekday is not null)
        {
            return false;
        }
        int gap = b.FirstToken - a.EndToken;
        return gap switch
        {
            // Two dates cut from one token ("March-May").
            < 0 => a.Span.End <= b.Span.Start,
            1 => w.Word(a.EndToken).Is(WordClass.Connector) || w.Is(a.EndToken, ","),
            2 => w.Is(a.EndToken, ",") && w.Word(a.EndToken + 1).Is(WordClass.Connector),
            _ => false,
        };
    }

    private static DateExpression Borrow(in DateExpression target, in DateExpression lender, bool later)
    {
        // The borrower lies before the lender ("November to February 2024": November 2023) or after it.
        int order = Position(target).CompareTo(Position(lender));
        int shift = later ? (order < 0 ? 1 : 0) : (order > 0 ? -1 : 0);
        return lender.Anchor == DateAnchor.Absolute
            ? target with { Anchor = DateAnchor.Absolute, Year = lender.Year + shift }
            : target with { Anchor = DateAnchor.YearRelative, Offset = lender.Offset + shift };
    }

    /// <summary>A rough place in the year (month and day) to order two dates of one year.</summary>
    private static int Position(in DateExpression e) => e.Unit switch
    {
        DateUnit.Day => (e.Month * 32) + e.Day,
        DateUnit.Month => e.Month * 32,
        DateUnit.Season => e.Part * 3 * 32,
        DateUnit.Quarter => ((e.Part * 3) - 2) * 32,
        DateUnit.Half => ((e.Part * 6) - 5) * 32,
        _ => 0,
    };

    /// <summary>Dates without a year after "will", "upcoming", "scheduled"... in the same clause are the next such date.</summary>
    private static void MarkFuture(in TokenWindow w, List<DateMatch> matches, int first)
    {
        for (int k = first; k < matches.Count; k++)
        {
            var m = matches[k];
            if (m.Expression.Anchor != DateAnchor.Implicit)
            {
                continue;
            }
            for (int j = m.FirstToken - 1; j >= 0 && j >= m.FirstToken - CueLookBack; j--)
            {
                var word = w.Word(j);
                if (word.Is(WordClass.CueBarrier))
                {
                    break;
                }
                // "is due to appear on 14 March" (not "due to the attack").
                if (word.Is(WordClass.FutureCue) || (w.Is(j, "due") && (w.Is(j - 1, "is") || w.Is(j - 1, "are"))))
                {
                    matches[k] = m with { Expression = m.Expression with { Future = true } };
                    break;
                }
            }
        }
    }

    // ---- pieces ------------------------------------------------------------------------------------

    /// <summary>The year after a month, day, season or quarter: ", 2024", "2024", "of 2024", "of last year", "this year".</summary>
    private static bool TryYearTail(in TokenWindow w, int j, bool allowComma, out YearTail tail, out int end)
    {
        tail = default;
        end = -1;
        int k = j;
        bool comma = allowComma && w.Is(k, ",");
        if (comma)
        {
            k++;
        }
        bool of = w.Is(k, "of");
        if (of)
        {
            k++;
        }
        if (IsYearAt(w, k) && !(comma && LooksLikeCount(w, k)))
        {
            TryYear(w[k], out int year);
            tail = new YearTail(false, year, 0);
            end = k + 1;
            return true;
        }
        if (!comma && w.Word(k).Is(WordClass.Relative) && w.Is(k + 1, "year"))
        {
            var t = w[k];
            int offset = t.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : t.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            tail = new YearTail(true, 0, offset);
            end = k + 2;
            return true;
        }
        return false;
    }

    /// <summary>A year after a month or day: how the expression is tied to the calendar.</summary>
    private readonly record struct YearTail(bool Relative, int Year, int Offset)
    {
        public DateExpression Apply(in DateExpression e) => Relative
            ? e with { Anchor = DateAnchor.YearRelative, Offset = Offset }
            : e with { Anchor = DateAnchor.Absolute, Year = Year };
    }

    /// <summary>
    /// Whether the year-like number at <paramref name="i"/> is a count, amount or label: "Resolution 2254",
    /// "about 2000 fighters", "1500 km", "+992 2019 1234". Years in news stand after "in", "since", "the",
    /// before punctuation or a singular noun ("the 2019 attack").
    /// </summary>
    private static bool LooksLikeCount(in TokenWindow w, int i)
    {
        int prev = i - 1;
        int next = i + 1;
        if (prev >= 0)
        {
            var before = w.Word(prev);
            if (before.Is(WordClass.NumberLabel) || w.IsAllDigits(prev))
            {
                return true;
            }
            // "In 2014 militants seized...": after these prepositions a year-like number is a year, whatever follows.
            if (w[prev] is "in" or "In" or "since" or "Since" or "until" or "Until" or "during" or "During" or "throughout" or "before" or "Before" or "after" or "After")
            {
                return false;
            }
            if (before.Is(WordClass.Approximator))
            {
                // "no later than 2030" is a year; "more than 2000" is not.
                if (w.Is(prev, "than") && (w.Is(prev - 1, "later") || w.Is(prev - 1, "earlier") || w.Is(prev - 1, "before") || w.Is(prev - 1, "sooner")))
                {
                    return false;
                }
                // "about 2000 fighters", "some 1990 Uzbeks", "nearly 2000 Tajik fighters" count; "from about 2015 onward" is a year.
                return next < w.Count && (w.Word(next).Is(WordClass.QuantityNoun) || LooksPlural(w[next]) || w.Is(next, "of") ||
                    (w.IsCapitalizedWord(next) && LooksPlural(w[next + 1])));
            }
        }
        if (next >= w.Count)
        {
            return false;
        }
        var after = w.Word(next);
        if (after.Is(WordClass.QuantityNoun) || w.IsAllDigits(next))
        {
            return true;
        }
        // "between 2000 and 3000 people": the pair counts the noun after the second number.
        if (after.Is(WordClass.Connector) && w[next + 1] is [var d, ..] && char.IsAsciiDigit(d) &&
            (w.Word(next + 2).Is(WordClass.QuantityNoun) || (w.IsLowercaseWord(next + 2) && LooksPlural(w[next + 2]))))
        {
            return true;
        }
        if (w.IsCapitalizedWord(next) && IsStreetWord(w[next + 1]))
        {
            return true;
        }
        // "arrested 1999 suspects": a plural noun right after a number counts it, unless a date word or
        // determiner before makes it a year ("in 2019 militants...", "the 2024 elections").
        if (prev >= 0 && w.IsLowercaseWord(next) && LooksPlural(w[next]) && !w.Word(prev).Is(WordClass.MonthContext) &&
            !w.Word(prev).Is(WordClass.Determiner) && !w.IsPunctuation(prev))
        {
            return true;
        }
        return false;
    }

    private static bool IsAttackWord(ReadOnlySpan<char> word) =>
        word.Equals("attacks", StringComparison.OrdinalIgnoreCase) || word.Equals("attack", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("terrorist", StringComparison.OrdinalIgnoreCase) || word.Equals("hijackers", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("commission", StringComparison.OrdinalIgnoreCase);

    private static bool IsEvery(in TokenWindow w, int i) => w.Is(i, "every") || w.Is(i, "each");

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && !word.EndsWith("ous", StringComparison.Ordinal);

    private static bool IsStreetWord(ReadOnlySpan<char> word) =>
        word is "Street" or "St." or "St" or "Avenue" or "Ave." or "Road" or "Rd." or "Boulevard" or "Blvd." or "Lane" or "Drive" or "Prospekt" or "Ulitsa";

    private static bool IsYearAt(in TokenWindow w, int i) => i < w.Count && w[i].Length == 4 && TryYear(w[i], out _);

    private static bool IsYearToken(in TokenWindow w, int i, out int year)
    {
        year = 0;
        return w[i].Length == 4 && TryYear(w[i], out year);
    }

    /// <summary>The second year of "2014-2016", "2014-16", "2023/24": later than the first, within 50 years.</summary>
    private static bool TryRangeEnd(ReadOnlySpan<char> text, int startYear, out int endYear)
    {
        endYear = 0;
        if (text.Length == 4 && TryYear(text, out int full))
        {
            endYear = full;
        }
        else if (text.Length == 2 && TryInteger(text, out int two))
        {
            endYear = (startYear / 100 * 100) + two;
        }
        return endYear > startYear && endYear - startYear <= 50;
    }

    /// <summary>A day of the month: "8", "08", "8th", "22nd", "4-5" (its first day), "4 – 5" written apart.</summary>
    private static bool TryDay(in TokenWindow w, int i, out int day, out int end)
    {
        day = 0;
        end = -1;
        if (i >= w.Count)
        {
            return false;
        }
        var t = w[i];
        int digits = 0;
        while (digits < t.Length && digits < 3 && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }
        if (digits is 0 or > 2 || !TryInteger(t[..digits], out day) || day is < 1 or > 31)
        {
            return false;
        }
        var rest = t[digits..];
        if (rest.Length > 0 && !IsOrdinalSuffix(rest) && !IsDayRangeRest(rest))
        {
            return false;
        }
        end = i + 1;
        // "4 – 5" with the dash as its own token: the span covers the range, the value is its first day.
        if (rest.Length == 0 && w.IsDash(i + 1) && w.Adjacent(i, i + 1) && w.Adjacent(i + 1, i + 2) &&
            TryInteger(w[i + 2], out int last) && last > day && last <= 31)
        {
            end = i + 3;
        }
        return true;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> rest) =>
        rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
        rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool IsDayRangeRest(ReadOnlySpan<char> rest) =>
        rest.Length is 2 or 3 && rest[0] is '-' or '–' && TryInteger(rest[1..], out int last) && last is >= 1 and <= 31;

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        TryInteger(text, out year) && year is >= MinYear and <= MaxYear;

    private static bool TryInteger(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 6)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static void Add(in TokenWindow w, List<DateMatch> matches, int first, int end, DateExpression expression) =>
        matches.Add(new DateMatch(new TextSpan(w.Tokens[first].Start, w.Tokens[end - 1].End), first, end, expression));

    /// <summary>The tokens being parsed and their text, with the small questions the patterns ask of them.</summary>
    private readonly ref struct TokenWindow
    {
        public readonly string Text;
        public readonly ReadOnlySpan<Token> Tokens;

        /// <summary>The first match of this window in the shared list; earlier ones belong to other sentences.</summary>
        public readonly int FirstMatch;

        public TokenWindow(string text, ReadOnlySpan<Token> tokens, int firstMatch)
        {
            Text = text;
            Tokens = tokens;
            FirstMatch = firstMatch;
        }

        public int Count => Tokens.Length;

        /// <summary>The text of token <paramref name="i"/>; empty outside the window.</summary>
        public ReadOnlySpan<char> this[int i] => (uint)i < (uint)Tokens.Length ? Text.AsSpan(Tokens[i].Start, Tokens[i].Length) : default;

        public DateWord Word(int i) => (uint)i < (uint)Tokens.Length ? DateLexicon.Find(this[i]) : default;

        public bool Is(int i, string word) => (uint)i < (uint)Tokens.Length && this[i].Equals(word, StringComparison.OrdinalIgnoreCase);

        public bool Adjacent(int i, int j) => (uint)j < (uint)Tokens.Length && (uint)i < (uint)Tokens.Length && Tokens[i].End == Tokens[j].Start;

        public bool IsDash(int i) => this[i] is "-" or "–";

        public bool IsCapitalized(int i) => this[i] is [var c, ..] && char.IsUpper(c);

        public bool IsCapitalizedWord(int i) => this[i] is [var c, ..] && char.IsUpper(c);

        public bool IsLowercaseWord(int i) => this[i] is [var c, ..] && char.IsLower(c);

        public bool IsPunctuation(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation;

        public bool IsAllDigits(int i)
        {
            var t = this[i];
            return t.Length > 0 && !t.ContainsAnyExceptInRange('0', '9');
        }

        /// <summary>A capitalised month name or abbreviation ("April", "Apr", "Apr.", "APRIL"); lower-case "may" and "march" are not months.</summary>
        public bool IsMonth(int i, out int month, out bool abbreviation)
        {
            var word = Word(i);
            month = word.Month;
            abbreviation = word.IsAbbreviation;
            return word.Is(WordClass.Month) && IsCapitalized(i);
        }
    }
}
