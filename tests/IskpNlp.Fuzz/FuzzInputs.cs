using System.Text;

namespace IskpNlp.Fuzz;

/// <summary>
/// Makes fuzz inputs: random strings drawn from character classes that trouble text code (surrogates,
/// lone halves, joiners, format and control characters, scripts, punctuation runs), token soups of
/// date words and numbers, and mutations of real sentences from data/samples. Input <c>i</c> of seed
/// <c>s</c> is always the same text, so any input can be replayed alone.
/// </summary>
internal sealed class FuzzInputs
{
    private static readonly string[] Pieces =
    [
        "U.S.", "Dr.", "Jan.", "Sept.", "a.m.", "p.m.", "No.", "etc.", "i.e.", "e.g.", "ISIS-K", "al-Qaeda", "Tehrik-i-Taliban", "O'Brien", "'s", "’s",
        "2024-03-22", "22/03/2024", "03/22/24", "22.03.2024", "2024", "'24", "1999", "2099", "1900", "0000", "9999", "31", "29", "30", "00", "3rd", "21st", "1st",
        "March", "Mar", "Mar.", "MARCH", "march", "Tuesday", "Tue.", "yesterday", "today", "tomorrow", "last", "next", "this", "ago", "week", "weeks", "month",
        "year", "years", "days", "since", "until", "between", "and", "from", "to", "early", "late", "mid", "mid-", "spring", "summer", "winter", "Ramadan",
        "Q1", "H2", "the", "of", "on", "in", "at", "a", "two", "three", "twenty", "hundred", "decade", "1990s", "'90s", "century", "BC", "AD", "GMT", "UTC",
        "10:30", "10.30", "12:00", "noon", "midnight", "50,000", "3.5", "10%", "$5", "€5", "-", "–", "—", "/", ".", "..", "...", "?!", "!!!", "(", ")", "[", "]",
        "\"", "“", "”", "‘", "’", "«", "»", ",", ";", ":", "https://x.test/a?b=1", "user@x.test", "@handle", "#tag", "🇦🇫", "👨‍👩‍👧", "👍🏽", "Душанбе", "کابل",
        "東京", "\u0301", "\u200B", "\u200D", "\u200E", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\t", "\n", "\r\n", "\n\n", "\r", "\f", "\v", "\u0000",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFD", "\uFFFF", "Share", "Subscribe", "©", "Reuters", "DUSHANBE,", "(AP) —", "By", "Updated",
    ];

    private static readonly (int From, int To)[] Ranges =
    [
        (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E), (0x00, 0x1F), (0x7F, 0xFF), (0x0100, 0x024F), (0x0300, 0x036F), (0x0400, 0x04FF),
        (0x0600, 0x06FF), (0x0900, 0x097F), (0x2000, 0x206F), (0x2070, 0x20CF), (0x3000, 0x303F), (0x4E00, 0x4E80), (0xD800, 0xDFFF),
        (0xE000, 0xE0FF), (0xFE00, 0xFE0F), (0xFF00, 0xFFEF), (0xFFF0, 0xFFFF), (0x1F300, 0x1F6FF), (0x1F900, 0x1F9FF), (0x10000, 0x10FFFF),
    ];

    private readonly int _seed;
    private readonly string[] _samples;

    public FuzzInputs(int seed, string[] samples)
    {
        _seed = seed;
        _samples = samples;
    }

    /// <summary>The kind of input <paramref name="index"/> is, for the report.</summary>
    public static string[] Kinds { get; } = ["random", "soup", "mutated"];

    public (string Text, int Kind, DateOnly? Date, int Variant) Make(long index, int maxLength)
    {
        var random = new Random(unchecked((int)(_seed * 1_000_003L ^ index * 2_654_435_761L)));
        int kind = _samples.Length == 0 ? random.Next(2) : random.Next(3);
        string text = kind switch
        {
            0 => RandomText(random, random.Next(0, maxLength + 1)),
            1 => Soup(random, random.Next(0, 80), maxLength),
            _ => Mutate(random, Slice(random, maxLength), maxLength),
        };
        DateOnly? date = random.Next(6) switch
        {
            0 => null,
            1 => DateOnly.MinValue,
            2 => DateOnly.MaxValue,
            3 => new DateOnly(1900, 1, 1).AddDays(random.Next(0, 73_000)),
            _ => new DateOnly(2024, 4, 8),
        };
        return (text, kind, date, random.Next(4));
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length + 2);
        while (builder.Length < length)
        {
            if (random.Next(4) == 0)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                continue;
            }
            var (from, to) = Ranges[random.Next(Ranges.Length)];
            int codePoint = random.Next(from, to + 1);
            if (codePoint > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                // Surrogate halves come alone here on purpose.
                builder.Append((char)codePoint);
            }
        }
        return builder.ToString();
    }

    private static string Soup(Random random, int count, int maxLength)
    {
        var builder = new StringBuilder();
        string[] separators = [" ", " ", " ", "", ", ", ". ", "\n", "-", "/", " of ", " the "];
        for (int i = 0; i < count && builder.Length < maxLength; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
            builder.Append(separators[random.Next(separators.Length)]);
        }
        return builder.ToString();
    }

    private string Slice(Random random, int maxLength)
    {
        string sample = _samples[random.Next(_samples.Length)];
        int length = Math.Min(sample.Length, random.Next(1, maxLength + 1));
        int start = random.Next(0, sample.Length - length + 1);
        return sample.Substring(start, length);
    }

    private string Mutate(Random random, string text, int maxLength)
    {
        var builder = new StringBuilder(text);
        int mutations = random.Next(1, 9);
        for (int m = 0; m < mutations; m++)
        {
            int at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            int span = builder.Length - at == 0 ? 0 : random.Next(0, Math.Min(40, builder.Length - at) + 1);
            switch (random.Next(10))
            {
                case 0:
                    builder.Remove(at, span);
                    break;
                case 1:
                    builder.Insert(at, RandomText(random, random.Next(1, 20)));
                    break;
                case 2:
                    builder.Insert(at, builder.ToString(at, span));
                    break;
                case 3:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 4:
                    if (span > 0)
                    {
                        builder[at] = (char)random.Next(0, 0x10000);
                    }
                    break;
                case 5:
                    builder.Insert(at, Slice(random, 200));
                    break;
                case 6:
                    for (int i = at; i < at + span; i++)
                    {
                        builder[i] = char.IsUpper(builder[i]) ? char.ToLowerInvariant(builder[i]) : char.ToUpperInvariant(builder[i]);
                    }
                    break;
                case 7:
                    builder.Insert(at, new string(Pieces[random.Next(Pieces.Length)][0], random.Next(1, 500)));
                    break;
                case 8:
                    // Cut inside a surrogate pair or a joiner sequence, if one is there.
                    if (span > 1)
                    {
                        builder.Remove(at + 1, 1);
                    }
                    break;
                default:
                    builder.Replace(' ', random.Next(2) == 0 ? '\n' : '\u00A0', at, span);
                    break;
            }
        }
        return builder.Length > maxLength * 2 ? builder.ToString(0, maxLength * 2) : builder.ToString();
    }
}
