using System.Collections.Frozen;

namespace IskpNlp.Dates;

/// <summary>
/// The words the date recogniser reacts to, looked up once per token by its text (case-insensitive;
/// a trailing period, as in "Apr.", is looked up without it). Capitalisation is checked by the caller,
/// because "May" and "may" are different words.
/// </summary>
internal static class DateLexicon
{
    private static readonly FrozenDictionary<string, DateWord> Words = Build();

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The classes of words that can start a date; the others only matter next to one.</summary>
    private const WordClass Triggers =
        WordClass.Month | WordClass.Weekday | WordClass.Season | WordClass.Relative | WordClass.Modifier | WordClass.PartOf |
        WordClass.Ordinal | WordClass.NumberWord | WordClass.DayWord | WordClass.PeriodCode | WordClass.DecadeWord;

    private const int FilterBits = 4096;

    /// <summary>
    /// A Bloom filter (two positions per word) over the words that can start a date, keyed on length and three letters, so that
    /// nearly every other token is passed over without a dictionary look-up: the recogniser's cost per token
    /// must stay a small part of the tokenizer's.
    /// </summary>
    private static readonly ulong[] TriggerFilter = BuildTriggerFilter();

    /// <summary>Two-letter starts of hyphenated words that can hold a date: "mid-2023", "pre-2014", "March-May".</summary>
    private static readonly ulong[] HyphenStarts = BuildHyphenStarts();

    /// <summary>Looks a token's text up; a trailing "." is ignored (abbreviations keep it, as in "Apr.").</summary>
    public static DateWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }
        return Lookup.TryGetValue(word, out var found) ? found : default;
    }

    /// <summary>
    /// Whether a token can start a date: a number, an apostrophe ("’90s"), a word of a starting class, or a
    /// hyphenated word such as "mid-2023". False positives are possible (the caller looks the word up);
    /// false negatives are not.
    /// </summary>
    public static bool MayStartDate(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }
        char first = token[0];
        if (char.IsAsciiDigit(first) || first is '\'' or '’')
        {
            return true;
        }
        if (token.Length > 1 && Has(HyphenStarts, PairIndex(first, token[1])) && token.Contains('-'))
        {
            return true;
        }
        if (token.Length > 10)
        {
            return false;
        }
        var (h1, h2) = FilterIndexes(token);
        return Has(TriggerFilter, h1) && Has(TriggerFilter, h2);
    }

    private static int Fold(char c) => c < 128 ? c | 0x20 : c & 0x7F;

    private static int PairIndex(char a, char b) => ((Fold(a) & 31) * 32) + (Fold(b) & 31);

    /// <summary>Two filter positions from the length, the first two letters and the last one (case folded).</summary>
    private static (int, int) FilterIndexes(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }
        int second = word.Length > 1 ? Fold(word[1]) : 0;
        int key = (((((word.Length * 128) + Fold(word[0])) * 128) + second) * 128) + Fold(word[^1]);
        uint mixed = (uint)key * 0x9E3779B1u;
        return ((int)(mixed >> 20) & (FilterBits - 1), (int)((uint)key * 0x85EBCA77u >> 8) & (FilterBits - 1));
    }

    private static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static ulong[] BuildTriggerFilter()
    {
        var bits = new ulong[FilterBits / 64];
        foreach (var (word, entry) in Words)
        {
            if ((entry.Classes & Triggers) != 0)
            {
                var (h1, h2) = FilterIndexes(word);
                Set(bits, h1);
                Set(bits, h2);
            }
        }
        return bits;
    }

    private static ulong[] BuildHyphenStarts()
    {
        var bits = new ulong[1024 / 64];
        foreach (var (word, entry) in Words)
        {
            if (entry.Is(WordClass.Modifier) || entry.Is(WordClass.Month))
            {
                Set(bits, PairIndex(word[0], word[1]));
            }
        }
        Set(bits, PairIndex('p', 'r'));
        Set(bits, PairIndex('p', 'o'));
        return bits;
    }

    private static FrozenDictionary<string, DateWord> Build()
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, DateWord entry)
        {
            if (words.TryGetValue(word, out var existing))
            {
                entry = existing with
                {
                    Classes = existing.Classes | entry.Classes,
                    Month = existing.Month | entry.Month,
                    Weekday = entry.Is(WordClass.Weekday) ? entry.Weekday : existing.Weekday,
                    Season = existing.Season | entry.Season,
                    Number = existing.Number | entry.Number,
                    Unit = entry.Is(WordClass.Unit) ? entry.Unit : existing.Unit,
                    IsAbbreviation = existing.IsAbbreviation || entry.IsAbbreviation,
                    IsPlural = existing.IsPlural || entry.IsPlural,
                };
            }
            words[word] = entry;
        }

        void AddAll(WordClass wordClass, params string[] list)
        {
            foreach (string word in list)
            {
                Add(word, new DateWord(wordClass));
            }
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (int m = 1; m <= 12; m++)
        {
            Add(months[m - 1], new DateWord(WordClass.Month, Month: m));
            string abbreviation = months[m - 1][..3];
            if (abbreviation != "May")
            {
                Add(abbreviation, new DateWord(WordClass.Month, Month: m, IsAbbreviation: true));
            }
        }
        Add("Sept", new DateWord(WordClass.Month, Month: 9, IsAbbreviation: true));

        string[] weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        for (int d = 0; d < 7; d++)
        {
            Add(weekdays[d], new DateWord(WordClass.Weekday, Weekday: (DayOfWeek)d));
            Add(weekdays[d][..3], new DateWord(WordClass.Weekday, Weekday: (DayOfWeek)d, IsAbbreviation: true));
        }
        Add("Tues", new DateWord(WordClass.Weekday, Weekday: DayOfWeek.Tuesday, IsAbbreviation: true));
        Add("Thur", new DateWord(WordClass.Weekday, Weekday: DayOfWeek.Thursday, IsAbbreviation: true));
        Add("Thurs", new DateWord(WordClass.Weekday, Weekday: DayOfWeek.Thursday, IsAbbreviation: true));

        Add("spring", new DateWord(WordClass.Season, Season: 1));
        Add("summer", new DateWord(WordClass.Season, Season: 2));
        Add("autumn", new DateWord(WordClass.Season, Season: 3));
        Add("fall", new DateWord(WordClass.Season, Season: 3));
        Add("winter", new DateWord(WordClass.Season, Season: 4));

        (string Singular, DateUnit Unit)[] units =
            [("day", DateUnit.Day), ("week", DateUnit.Week), ("weekend", DateUnit.Weekend), ("month", DateUnit.Month),
             ("year", DateUnit.Year), ("decade", DateUnit.Decade), ("quarter", DateUnit.Quarter)];
        foreach (var (singular, unit) in units)
        {
            Add(singular, new DateWord(WordClass.Unit, Unit: unit));
            Add(singular + "s", new DateWord(WordClass.Unit, Unit: unit, IsPlural: true));
        }

        string[] ordinals = ["first", "second", "third", "fourth"];
        for (int n = 1; n <= 4; n++)
        {
            Add(ordinals[n - 1], new DateWord(WordClass.Ordinal, Number: n));
        }
        Add("1st", new DateWord(WordClass.Ordinal, Number: 1));
        Add("2nd", new DateWord(WordClass.Ordinal, Number: 2));
        Add("3rd", new DateWord(WordClass.Ordinal, Number: 3));
        Add("4th", new DateWord(WordClass.Ordinal, Number: 4));
        AddAll(WordClass.Ordinal, "last", "final");

        string[] numbers =
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (int n = 1; n <= numbers.Length; n++)
        {
            Add(numbers[n - 1], new DateWord(WordClass.NumberWord, Number: n));
        }
        Add("a", new DateWord(WordClass.NumberWord, Number: 1));
        Add("an", new DateWord(WordClass.NumberWord, Number: 1));

        AddAll(WordClass.Relative, "last", "this", "next");
        Add("yesterday", new DateWord(WordClass.DayWord, Number: -1));
        Add("today", new DateWord(WordClass.DayWord, Number: 0));
        Add("tomorrow", new DateWord(WordClass.DayWord, Number: 1));
        for (int q = 1; q <= 4; q++)
        {
            Add($"Q{q}", new DateWord(WordClass.PeriodCode, Number: q, Unit: DateUnit.Quarter));
        }
        Add("H1", new DateWord(WordClass.PeriodCode, Number: 1, Unit: DateUnit.Half));
        Add("H2", new DateWord(WordClass.PeriodCode, Number: 2, Unit: DateUnit.Half));
        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int d = 0; d < decades.Length; d++)
        {
            Add(decades[d], new DateWord(WordClass.DecadeWord, Number: 1920 + (10 * d)));
        }
        AddAll(WordClass.Modifier, "early", "late", "mid", "earlier", "later");
        AddAll(WordClass.PartOf, "end", "beginning", "start", "middle");

        AddAll(WordClass.MonthContext,
            "in", "since", "until", "till", "by", "during", "from", "through", "throughout", "between", "before",
            "after", "of", "early", "late", "mid", "last", "this", "next", "around", "as", "on", "until", "for",
            "earlier", "later", "end", "beginning", "start", "middle");

        AddAll(WordClass.FutureCue,
            "will", "'ll", "’ll", "shall", "upcoming", "scheduled", "planned", "plans", "plan", "expected",
            "expects", "forthcoming", "slated", "intends", "aims", "would");

        AddAll(WordClass.CueBarrier,
            ";", ":", "said", "says", "told", "announced", "reported", "confirmed", "added", "wrote", "stated", "was", "were", "had");

        AddAll(WordClass.QuantityNoun,
            "people", "persons", "men", "women", "children", "fighters", "militants", "members", "soldiers", "troops",
            "personnel", "police", "officers", "civilians", "refugees", "migrants", "workers", "recruits", "families",
            "households", "victims", "deaths", "cases", "casualties", "residents", "families", "students", "prisoners",
            "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "kg", "kilograms", "tons",
            "tonnes", "hectares", "dollars", "euros", "rubles", "roubles", "somoni", "afghanis", "usd", "eur", "rub",
            "%", "percent", "per", "times", "hours", "minutes", "seconds", "days", "weeks", "months", "years",
            "individuals", "accounts", "posts", "videos", "followers", "subscribers", "views", "pages", "words");

        AddAll(WordClass.NumberLabel,
            "$", "€", "£", "¥", "#", "no", "nos", "number", "numbers", "resolution", "resolutions", "committee",
            "article", "articles", "section", "flight", "route", "room", "highway", "page", "pages", "p", "pp",
            "chapter", "paragraph", "decree", "order", "unit", "regiment", "brigade", "battalion", "area", "station",
            "platform", "gate", "model", "version", "v", "isbn", "tel", "phone", "fax", "call", "+", "code", "box",
            "postcode", "zip", "bus", "apartment", "apt", "suite", "building", "house", "street", "avenue", "road");

        AddAll(WordClass.Approximator,
            "about", "approximately", "roughly", "nearly", "almost", "some", "over", "than", "least", "most",
            "estimated", "additional", "another", "total", "around", "only", "just", "extra");

        AddAll(WordClass.Connector, "and", "or", "to", "through", "until", "till", "-", "–", "—", "&", "and/or", "thru");

        AddAll(WordClass.WeekdayHabit, "prayers", "prayer", "sermon", "sermons", "service", "services", "mosque", "market", "mass", "school");

        AddAll(WordClass.Determiner, "the", "'s", "’s", "his", "her", "their", "its", "our", "this", "that");

        AddAll(WordClass.TodayVague, "even", "still", "until", "till", "to", "than", "of", "up", "world", "society");

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
