using System.Runtime.CompilerServices;

namespace IskpNlp.Dates;

/// <summary>
/// The words the date recogniser reacts to, looked up once per token by its text (case-insensitive;
/// a trailing period, as in "Apr.", is looked up without it). Capitalisation is checked by the caller,
/// because "May" and "may" are different words.
/// </summary>
internal static class DateLexicon
{
    /// <summary>The classes of words that can start a date; the others only matter next to one.</summary>
    private const WordClass Triggers =
        WordClass.Month | WordClass.Weekday | WordClass.Season | WordClass.Relative | WordClass.Modifier | WordClass.PartOf |
        WordClass.Ordinal | WordClass.Ago | WordClass.DayWord | WordClass.PeriodCode | WordClass.DecadeWord;

    /// <summary>Slots of the open-addressing table (a power of two, under half full).</summary>
    private const int SlotBits = 11;

    /// <summary>Bits of the trigger sieve (a power of two).</summary>
    private const int SieveBits = 15;

    private static readonly Table Lexicon = new(Build());

    /// <summary>
    /// Looks a token's text up (case-insensitive); a trailing "." is ignored (abbreviations keep it, as in
    /// "Apr."). Returns the default entry (no classes) for a word the lexicon does not hold.
    /// </summary>
    public static DateWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }
        return word.IsEmpty ? default : Lexicon.Find(word, Key(word));
    }

    /// <summary>
    /// Whether a token can start a date: a number, an apostrophe ("’90s"), a word of a starting class, or a
    /// hyphenated word such as "mid-2023". False positives are possible (the caller looks the word up);
    /// false negatives are not. Called for every token, so it is one hash and one bit for most of them:
    /// the recogniser's cost per token must stay a small part of the tokenizer's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStartDate(ReadOnlySpan<char> token)
    {
        int length = token.Length;
        if (length == 0)
        {
            return false;
        }
        char first = token[0];
        if (char.IsAsciiDigit(first) || (first is '\'' or '’' && length is 1 or 4))
        {
            // A number, or an apostrophe that may open "’90s" (alone, or as one token "'90s"), not "'s".
            return true;
        }
        // Both sieves are read for every word and joined in one branch, and the key is computed without
        // branches: tests on the word's length would be mispredicted for the many one- and two-letter words.
        int end = length > 1 && token[length - 1] == '.' ? length - 1 : length;
        bool trigger = Lexicon.MayTrigger(Key(token[..end]));
        bool hyphenated = Lexicon.MayStartHyphenated(first, token[ClampIndex(1, length)], token[ClampIndex(2, length)]);
        if (!(trigger | hyphenated))
        {
            return false;
        }
        // "mid-2023", "pre-2014", "March-May": a hyphen after a known start.
        return trigger || (length >= 5 && token.Contains('-'));
    }

    /// <summary>
    /// Case-folded length (modulo 32), first two letters and last letter, packed: the hash key of a word
    /// (one letter counts as its own second letter).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        return ((uint)(length & 31) << 15) | (Fold(word[0]) << 10) | (Fold(word[ClampIndex(1, length)]) << 5) | Fold(word[length - 1]);
    }

    /// <summary><paramref name="index"/>, or the last index of a shorter word, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClampIndex(int index, int length)
    {
        int over = length - 1 - index;
        return index + (over & (over >> 31));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => (uint)(c | 0x20) & 31;

    /// <summary>An open-addressing table of the lexicon, and the sieves that go with it; read-only once built.</summary>
    private sealed class Table
    {
        private readonly string?[] _words = new string?[1 << SlotBits];
        private readonly DateWord[] _entries = new DateWord[1 << SlotBits];
        private readonly ulong[] _triggers = new ulong[(1 << SieveBits) / 64];
        private readonly ulong[] _hyphenStarts = new ulong[(32 * 32 * 32) / 64];

        public Table(Dictionary<string, DateWord> words)
        {
            if (words.Count * 2 > _words.Length)
            {
                throw new InvalidOperationException($"the date lexicon has {words.Count} words; raise {nameof(SlotBits)}");
            }
            foreach (var (word, entry) in words)
            {
                uint key = Key(word);
                int slot = Slot(key);
                while (_words[slot] is not null)
                {
                    slot = (slot + 1) & (_words.Length - 1);
                }
                _words[slot] = word;
                _entries[slot] = entry;
                if ((entry.Classes & Triggers) != 0)
                {
                    int bit = Sieve(key);
                    _triggers[bit >> 6] |= 1UL << bit;
                }
                if ((entry.Is(WordClass.Modifier) || entry.Is(WordClass.Month)) && word.Length >= 3)
                {
                    int start = Start(word[0], word[1], word[2]);
                    _hyphenStarts[start >> 6] |= 1UL << start;
                }
            }
            foreach (string prefix in (string[])["pre", "post"])
            {
                int start = Start(prefix[0], prefix[1], prefix[2]);
                _hyphenStarts[start >> 6] |= 1UL << start;
            }
        }

        public DateWord Find(ReadOnlySpan<char> word, uint key)
        {
            for (int slot = Slot(key); ; slot = (slot + 1) & (_words.Length - 1))
            {
                string? candidate = _words[slot];
                if (candidate is null)
                {
                    return default;
                }
                if (candidate.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return _entries[slot];
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayTrigger(uint key)
        {
            int bit = Sieve(key);
            return (_triggers[bit >> 6] & (1UL << bit)) != 0;
        }

        /// <summary>Whether a word's first three letters can open a hyphenated date ("mid-", "pre-", "post-", "early-", "March-").</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayStartHyphenated(char first, char second, char third)
        {
            int start = Start(first, second, third);
            return (_hyphenStarts[start >> 6] & (1UL << start)) != 0;
        }

        private static int Slot(uint key) => (int)((key * 0x9E3779B1u) >> (32 - SlotBits));

        private static int Sieve(uint key) => (int)((key * 0x85EBCA77u) >> (32 - SieveBits));

        private static int Start(char first, char second, char third) => (int)((Fold(first) << 10) | (Fold(second) << 5) | Fold(third));
    }

    private static Dictionary<string, DateWord> Build()
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
        Add("ago", new DateWord(WordClass.Ago));
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

        return words;
    }
}
