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

    /// <summary>Looks a token's text up; a trailing "." is ignored (abbreviations keep it, as in "Apr.").</summary>
    public static DateWord Find(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }
        return Lookup.TryGetValue(word, out var found) ? found : default;
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
            "will", "'ll", "’ll", "shall", "upcoming", "scheduled", "planned", "plans", "plan", "due", "expected",
            "expects", "forthcoming", "slated", "intends", "aims");

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

        AddAll(WordClass.WeekdayHabit, "prayers", "prayer", "sermon", "sermons", "service", "services", "mosque", "market");

        AddAll(WordClass.Determiner, "the", "'s", "’s", "his", "her", "their", "its", "our", "this", "that");

        AddAll(WordClass.TodayVague, "even", "still", "until", "till", "to", "than", "of", "up", "world", "society");

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
