using System.Globalization;
using System.Text;
using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Text;

/// <summary>
/// The <c>tokenizer</c> stage: cuts the document text into <see cref="Token"/> spans, on the design
/// of Catalyst's FastTokenizer: non-destructive (a token is a start and an end in the original
/// text), one left-to-right pass of a small state machine over characters, no regular expressions
/// and no allocation per token.
/// </summary>
/// <remarks>
/// What becomes one token: words with inner hyphens or apostrophes ("ISIS-K", "al-Qaeda",
/// "Tehrik-i-Taliban", "O'Brien"); the possessive "'s" / "’s" on its own; abbreviations with their
/// full stop ("U.S.", "Dr.", "Jan."); numbers with separators, decimals, percent and date
/// separators ("50,000", "3.5", "10%", "2024-03-22", "22/03/2024"); URLs, e-mail addresses,
/// @handles and #hashtags; an emoji with its modifiers and joiners; a run of the same punctuation
/// ("...", "?!", "--"). Quotes, brackets and dashes are tokens of their own. Separators (white
/// space, control characters, invisible format marks: <see cref="TextChars.IsSeparator"/>) belong
/// to no token; every other character belongs to exactly one, and a surrogate pair is never split.
/// </remarks>
internal sealed class Tokenizer : IStage
{
    /// <summary>The stage's name in pipeline.yaml.</summary>
    public const string StageName = "tokenizer";

    private const int CancellationStride = 1024;

    private static readonly StageInfo StageInfo = new(StageName, Annotations.None, Annotations.Tokens);

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public Tokenizer(TokenizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    public StageInfo Info => StageInfo;

    /// <summary>Adds the tokens of the document's text.</summary>
    /// <exception cref="InvalidOperationException">The document already has tokens.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Tokens.IsEmpty)
        {
            // Re-tokenizing would leave sentences and mentions pointing at the old token indexes.
            throw new InvalidOperationException($"document '{document.Id}' already has tokens; the tokenizer runs once, before every other text stage");
        }
        var tokens = new List<Token>((document.Text.Length / 5) + 1);
        Tokenize(document.Text, tokens, cancellationToken);
        document.AddTokens(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens));
    }

    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in text order.
    /// Pure: usable without a pipeline (benchmarks, other stages' tests, titles).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked every 1024 tokens).</exception>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int nextCheck = tokens.Count + CancellationStride;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    i = ScanWord(text, i, tokens);
                }
                else if (c <= ' ' || c == '\u007F')
                {
                    i++;
                    continue;
                }
                else
                {
                    i = ScanAsciiOther(text, i, tokens);
                }
            }
            else if (TextChars.IsSeparator(c))
            {
                i++;
                continue;
            }
            else
            {
                i = ScanOther(text, i, tokens);
            }
            if (tokens.Count >= nextCheck)
            {
                cancellationToken.ThrowIfCancellationRequested();
                nextCheck = tokens.Count + CancellationStride;
            }
        }
    }

    /// <summary>
    /// A word or number from <paramref name="start"/>: runs of word characters joined by inner
    /// hyphens, apostrophes, full stops and number separators; may turn out to be a URL or an e-mail.
    /// </summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        int n = text.Length;
        bool startsDigit = char.IsDigit(text[start]);
        bool dotted = false;
        int partStart = start;
        int j = start;
        while (true)
        {
            j = SkipWordChars(text, j);
            if (j >= n)
            {
                break;
            }
            char d = text[j];
            int next = j + 1;
            bool nextIsWord = next < n && TextChars.IsWordStartAt(text, next);
            if (d is '-' or '_' or '\u2010' or '\u2011')
            {
                if (!nextIsWord)
                {
                    break;
                }
                j = next;
            }
            else if (d is '\'' or TextChars.RightSingleQuote)
            {
                // Inner apostrophes belong to the word (O'Brien, Shari'a); a final 's is the possessive.
                if (!nextIsWord || IsPossessiveSuffix(text, j))
                {
                    break;
                }
                j = next;
            }
            else if (d == '.')
            {
                if (nextIsWord)
                {
                    if (!startsDigit && !dotted && j - start == 3 && text.Slice(start, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
                    {
                        return AddUrl(text, start, tokens);
                    }
                    // "attacks.Image": scraped text that lost the space after a full stop.
                    if (j - partStart >= 3 && char.IsLower(text[j - 1]) && char.IsUpper(text[next]))
                    {
                        break;
                    }
                    dotted = true;
                    j = next;
                    partStart = next;
                    continue;
                }
                var word = text[start..j];
                if (!startsDigit && (Abbreviations.IsDottedInitialism(word) || Abbreviations.IsInitial(word) || Abbreviations.IsDefault(word)))
                {
                    j = next;
                }
                break;
            }
            else if (d is ',' or ':' or '/')
            {
                if (d == ':' && next + 1 < n && text[next] == '/' && text[next + 1] == '/' && IsScheme(text[start..j]))
                {
                    return AddUrl(text, start, tokens);
                }
                if (startsDigit && char.IsAsciiDigit(text[j - 1]) && next < n && char.IsAsciiDigit(text[next]))
                {
                    j = next;
                    continue;
                }
                if (d == '/' && dotted && !startsDigit && LooksLikeHost(text[start..j]))
                {
                    return AddUrl(text, start, tokens);
                }
                break;
            }
            else if (d == '%')
            {
                if (startsDigit && char.IsAsciiDigit(text[j - 1]))
                {
                    j = next;
                }
                break;
            }
            else if (d == '@')
            {
                int end = EmailEnd(text, start, j);
                if (end > 0)
                {
                    tokens.Add(new Token(start, end, TokenKind.Email));
                    return end;
                }
                break;
            }
            else
            {
                break;
            }
        }
        tokens.Add(new Token(start, j, startsDigit ? TokenKind.Number : TokenKind.Word));
        return j;
    }

    /// <summary>Skips word characters from <paramref name="j"/>; ASCII runs in vectorised steps, the rest one character or pair at a time.</summary>
    private static int SkipWordChars(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            if (text[j] < 0x80)
            {
                int run = text[j..].IndexOfAnyExcept(TextChars.AsciiLetterOrDigit);
                if (run < 0)
                {
                    return text.Length;
                }
                if (run == 0)
                {
                    return j;
                }
                j += run;
                continue;
            }
            int length = TextChars.WordContinueLength(text, j);
            if (length == 0)
            {
                return j;
            }
            j += length;
        }
        return j;
    }

    /// <summary>True when the apostrophe at <paramref name="at"/> starts a final "'s" (the possessive or "it's").</summary>
    private static bool IsPossessiveSuffix(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at + 1] is 's' or 'S'
        && (at + 2 >= text.Length || TextChars.WordContinueLength(text, at + 2) == 0);

    /// <summary>True when a possessive "'s" starts at <paramref name="at"/>, right after a word token.</summary>
    private static bool IsPossessiveAt(ReadOnlySpan<char> text, int at, List<Token> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }
        var last = tokens[^1];
        return last.End == at && last.Kind is TokenKind.Word or TokenKind.Number && IsPossessiveSuffix(text, at);
    }

    private static bool IsScheme(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True for "t.me" or "example.org": the last part after a full stop is two or more ASCII letters.</summary>
    private static bool LooksLikeHost(ReadOnlySpan<char> word)
    {
        int dot = word.LastIndexOf('.');
        if (dot < 1 || word.Length - dot - 1 < 2)
        {
            return false;
        }
        foreach (char c in word[(dot + 1)..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The end of an e-mail address whose '@' is at <paramref name="at"/>, or -1: ASCII labels of
    /// letters, digits and hyphens, at least one full stop, and a last label of two or more letters.
    /// </summary>
    private static int EmailEnd(ReadOnlySpan<char> text, int start, int at)
    {
        if (at == start || text[at - 1] == '.')
        {
            return -1;
        }
        for (int k = start; k < at; k++)
        {
            if (text[k] >= 0x80)
            {
                return -1;
            }
        }
        int j = at + 1;
        int dots = 0;
        int labelStart = j;
        while (j < text.Length)
        {
            char c = text[j];
            if (char.IsAsciiLetterOrDigit(c) || (c == '-' && j > labelStart))
            {
                j++;
            }
            else if (c == '.' && j > labelStart && j + 1 < text.Length && char.IsAsciiLetterOrDigit(text[j + 1]))
            {
                dots++;
                j++;
                labelStart = j;
            }
            else
            {
                break;
            }
        }
        if (dots == 0 || j - labelStart < 2)
        {
            return -1;
        }
        for (int k = labelStart; k < j; k++)
        {
            if (!char.IsAsciiLetter(text[k]))
            {
                return -1;
            }
        }
        return j;
    }

    /// <summary>A URL from <paramref name="start"/> to the next separator or quote, less trailing punctuation and unbalanced brackets.</summary>
    private static int AddUrl(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        int j = start;
        int open = 0;
        while (j < text.Length)
        {
            char c = text[j];
            if (TextChars.IsSeparator(c) || c is '"' or '<' or '>' or '`' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB')
            {
                break;
            }
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            j++;
        }
        // Only BMP punctuation is trimmed, so a surrogate pair at the end is never cut in two.
        while (j > start + 1)
        {
            char c = text[j - 1];
            if (c == ')' && open < 0)
            {
                open++;
            }
            else if (c is not ('.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '\u2026'))
            {
                break;
            }
            j--;
        }
        tokens.Add(new Token(start, j, TokenKind.Url));
        return j;
    }

    /// <summary>Punctuation and symbols below U+0080, @handles, #hashtags and the possessive after an apostrophe.</summary>
    private static int ScanAsciiOther(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        char c = text[i];
        switch (c)
        {
            case '@':
            case '#':
                int end = TagEnd(text, i + 1, requireLetter: c == '#');
                if (end > i + 1)
                {
                    tokens.Add(new Token(i, end, c == '@' ? TokenKind.Handle : TokenKind.Hashtag));
                    return end;
                }
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                return i + 1;
            case '\'':
                if (IsPossessiveAt(text, i, tokens))
                {
                    tokens.Add(new Token(i, i + 2, TokenKind.Word));
                    return i + 2;
                }
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                return i + 1;
            case '"' or '(' or ')' or '[' or ']' or '{' or '}':
                // Quotes and brackets stay single so that "((" pairs with "))" one by one.
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                return i + 1;
            case '.' or '!' or '?':
                int stop = i + 1;
                while (stop < text.Length && text[stop] is '.' or '!' or '?')
                {
                    stop++;
                }
                tokens.Add(new Token(i, stop, TokenKind.Punctuation));
                return stop;
            default:
                var kind = c is '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~' ? TokenKind.Symbol : TokenKind.Punctuation;
                return AddRun(text, i, kind, tokens);
        }
    }

    /// <summary>The end of the name after '@' or '#': word characters and underscores; with <paramref name="requireLetter"/>, at least one letter.</summary>
    private static int TagEnd(ReadOnlySpan<char> text, int j, bool requireLetter)
    {
        int start = j;
        bool letter = false;
        while (j < text.Length)
        {
            if (text[j] == '_')
            {
                j++;
                continue;
            }
            int length = TextChars.WordContinueLength(text, j);
            if (length == 0)
            {
                break;
            }
            letter |= length == 2 || char.IsLetter(text[j]);
            j += length;
        }
        return requireLetter && !letter ? start : j;
    }

    /// <summary>One token for a run of the same character ("--", "***", "……").</summary>
    private static int AddRun(ReadOnlySpan<char> text, int i, TokenKind kind, List<Token> tokens)
    {
        char c = text[i];
        int stop = i + 1;
        while (stop < text.Length && text[stop] == c)
        {
            stop++;
        }
        tokens.Add(new Token(i, stop, kind));
        return stop;
    }

    /// <summary>Everything from U+0080 on that is not a separator: words of any script, emoji, quotes, dashes, symbols, lone surrogates.</summary>
    private static int ScanOther(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        char c = text[i];
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                if (TextChars.IsWordCategory(Rune.GetUnicodeCategory(rune)))
                {
                    return ScanWord(text, i, tokens);
                }
                if (TextChars.IsEmoji(rune))
                {
                    return ScanEmoji(text, i, tokens);
                }
                tokens.Add(new Token(i, i + 2, TokenKind.Symbol));
                return i + 2;
            }
            // A lone surrogate is broken text; it still gets a token so nothing is lost.
            tokens.Add(new Token(i, i + 1, TokenKind.Symbol));
            return i + 1;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (TextChars.IsWordCategory(category))
        {
            return ScanWord(text, i, tokens);
        }
        if (c == TextChars.RightSingleQuote && IsPossessiveAt(text, i, tokens))
        {
            tokens.Add(new Token(i, i + 2, TokenKind.Word));
            return i + 2;
        }
        switch (category)
        {
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.ConnectorPunctuation:
                return AddRun(text, i, TokenKind.Punctuation, tokens);
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                return i + 1;
            default:
                if (TextChars.IsBmpEmoji(c))
                {
                    return ScanEmoji(text, i, tokens);
                }
                tokens.Add(new Token(i, i + 1, TokenKind.Symbol));
                return i + 1;
        }
    }

    /// <summary>One emoji with what continues it: variation selectors, keycap, skin tones, tags, a flag's second half, ZWJ sequences.</summary>
    private static int ScanEmoji(ReadOnlySpan<char> text, int i, List<Token> tokens)
    {
        int j = i + EmojiLength(text, i);
        if (j - i == 2 && TextChars.IsRegionalIndicator(new Rune(text[i], text[i + 1]))
            && j + 1 < text.Length && Rune.TryCreate(text[j], text[j + 1], out var second) && TextChars.IsRegionalIndicator(second))
        {
            j += 2;
        }
        while (j < text.Length)
        {
            char c = text[j];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                j++;
            }
            else if (c == TextChars.ZeroWidthJoiner && j + 1 < text.Length && EmojiLength(text, j + 1) > 0)
            {
                j += 1 + EmojiLength(text, j + 1);
            }
            else if (j + 1 < text.Length && Rune.TryCreate(c, text[j + 1], out var rune) && TextChars.IsEmojiModifier(rune))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }
        tokens.Add(new Token(i, j, TokenKind.Emoji));
        return j;
    }

    /// <summary>The length of the emoji at <paramref name="i"/>: 1 in the BMP, 2 for a pair, 0 when there is none.</summary>
    private static int EmojiLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (TextChars.IsBmpEmoji(c))
        {
            return 1;
        }
        return i + 1 < text.Length && Rune.TryCreate(c, text[i + 1], out var rune) && TextChars.IsEmoji(rune) ? 2 : 0;
    }
}
