using System.Buffers;
using System.Globalization;
using System.Text;

namespace IskpNlp.Text;

/// <summary>
/// Character classes shared by the text stages: what separates tokens, what ends a line or a
/// sentence, what may continue a word. Table lookups for ASCII, Unicode categories beyond it.
/// </summary>
internal static class TextChars
{
    // Invisible separators: the byte-order mark (zero width no-break space), zero width space, word joiner.
    private const char ByteOrderMark = '\uFEFF';
    private const char ZeroWidthSpace = '\u200B';
    private const char WordJoiner = '\u2060';

    // Joiners that belong inside words: Persian and Indic spelling, emoji sequences, soft hyphenation.
    private const char ZeroWidthNonJoiner = '\u200C';
    public const char ZeroWidthJoiner = '\u200D';
    private const char SoftHyphen = '\u00AD';
    public const char RightSingleQuote = '\u2019';

    /// <summary>ASCII letters and digits, the hot path of word scanning.</summary>
    public static readonly SearchValues<char> AsciiLetterOrDigit =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Characters that start a new line: the gap scan of the splitter and the line scan of the furniture marker.</summary>
    public static readonly SearchValues<char> LineBreakChars = SearchValues.Create("\n\r\u000B\u000C\u0085\u2028\u2029");

    /// <summary>
    /// True for what lies between tokens: white space, control characters, and invisible format
    /// marks that carry no text (zero width space, word joiner, byte-order mark, bidi marks and
    /// embeddings). Tokens cover every other character.
    /// </summary>
    public static bool IsSeparator(char c)
    {
        if (c < 0x80)
        {
            return c <= ' ' || c == '\u007F';
        }
        if (c <= '\u00A0')
        {
            return true; // C1 controls and the no-break space
        }
        return char.IsWhiteSpace(c)
            || c is ZeroWidthSpace or WordJoiner or ByteOrderMark
            || c is '\u200E' or '\u200F' or '\u061C' // LRM, RLM, Arabic letter mark
            || c is >= '\u202A' and <= '\u202E' // bidi embeddings and overrides
            || c is >= '\u2066' and <= '\u2069'; // bidi isolates
    }

    /// <summary>The number of line breaks in a stretch of separators; a paragraph separator counts two, CR LF one.</summary>
    public static int CountLineBreaks(ReadOnlySpan<char> gap)
    {
        int at = gap.IndexOfAny(LineBreakChars);
        if (at < 0)
        {
            return 0;
        }
        int count = 0;
        for (int i = at; i < gap.Length; i++)
        {
            switch (gap[i])
            {
                case '\r':
                    if (i + 1 >= gap.Length || gap[i + 1] != '\n')
                    {
                        count++;
                    }
                    break;
                case '\n' or '\u000B' or '\u0085' or '\u2028':
                    count++;
                    break;
                case '\u000C' or '\u2029':
                    count += 2; // form feed and paragraph separator end a paragraph by themselves
                    break;
            }
        }
        return count;
    }

    /// <summary>True for a character that may start a word: letters, digits, other numbers and marks.</summary>
    public static bool IsWordStart(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>True for a character inside a word: a word start or a joiner (ZWNJ, ZWJ, soft hyphen).</summary>
    public static bool IsWordContinue(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        return c is ZeroWidthNonJoiner or ZeroWidthJoiner or SoftHyphen || IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>True when the text at <paramref name="index"/> starts a word, reading a surrogate pair as one character.</summary>
    public static bool IsWordStartAt(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (!char.IsHighSurrogate(c))
        {
            return IsWordStart(c);
        }
        return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            && IsWordCategory(Rune.GetUnicodeCategory(new Rune(c, text[index + 1])));
    }

    /// <summary>The length (1 or 2) of the word character at <paramref name="index"/>, or 0 when it is not one.</summary>
    public static int WordContinueLength(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if (!char.IsHighSurrogate(c))
        {
            return IsWordContinue(c) ? 1 : 0;
        }
        return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            && IsWordCategory(Rune.GetUnicodeCategory(new Rune(c, text[index + 1]))) ? 2 : 0;
    }

    public static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    /// <summary>True for characters that end a sentence: . ! ? … and their forms in other scripts.</summary>
    public static bool IsTerminal(char c) => c switch
    {
        '.' or '!' or '?' or '\u2026' => true, // … horizontal ellipsis
        '\u203C' or '\u2047' or '\u2048' or '\u2049' => true, // ‼ ⁇ ⁈ ⁉
        '\u061F' or '\u06D4' => true, // Arabic question mark, Arabic full stop (Urdu)
        '\u0964' or '\u0965' => true, // Devanagari danda and double danda
        '\u3002' or '\uFF01' or '\uFF0E' or '\uFF1F' or '\uFF61' => true, // ideographic and full-width stops
        _ => false,
    };

    /// <summary>True for quotes and brackets that close: they stay with the sentence whose full stop they follow.</summary>
    public static bool IsCloser(char c) => c switch
    {
        '"' or '\'' or ')' or ']' or '}' => true,
        _ when c < 0x80 => false,
        _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
            || c is '\u201C' or '\u2018' or '\u00AB' or '\u2039', // “ ‘ « ‹ close in some languages' quoting styles
    };

    /// <summary>True for a BMP character drawn as an emoji (dingbats, miscellaneous symbols, arrows and stars of the emoji set).</summary>
    public static bool IsBmpEmoji(char c) =>
        c is (>= '\u2300' and <= '\u23FF') or (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF')
            or '\u3030' or '\u303D' or '\u3297' or '\u3299';

    /// <summary>True for a supplementary-plane emoji: pictographs and symbols, including regional indicators.</summary>
    public static bool IsEmoji(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    public static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Skin-tone modifiers and tag characters continue the emoji before them.</summary>
    public static bool IsEmojiModifier(Rune rune) => rune.Value is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);
}
