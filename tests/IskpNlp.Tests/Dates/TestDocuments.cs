using IskpNlp.Documents;

namespace IskpNlp.Tests.Dates;

/// <summary>
/// Builds documents with tokens and sentences for the date tests, until the real tokenizer lands. It
/// follows the tokenizer's rules that dates depend on: hyphenated words ("mid-2023", "7-day") and
/// all-number dates ("2024-03-22", "22/03/2024", "08.04.2024") are one token; "50,000", "10:15" and "2.5"
/// are one token; "U.S." and "Apr." keep their period; a possessive "’s" is a token of its own; an en dash
/// is punctuation. Each line break and each ".", "!" or "?" token ends a sentence.
/// </summary>
internal static class TestDocuments
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "p", "pp", "vs", "Gen", "Col", "Lt", "Sgt", "Inc", "Ltd", "Co",
    };

    public static Document Create(string text, DateOnly? date = null, params int[] furnitureSentences)
    {
        var document = new Document("test", text, new DocumentInfo { Date = date });
        Tokenize(document);
        foreach (int s in furnitureSentences)
        {
            document.MarkFurniture(s);
        }
        return document;
    }

    private static void Tokenize(Document document)
    {
        string text = document.Text;
        int sentenceFirstToken = 0;
        int sentenceStart = -1;
        int count = 0;
        int i = 0;

        void CloseSentence(int end)
        {
            if (count > sentenceFirstToken)
            {
                document.AddSentence(new Sentence(new TextSpan(sentenceStart, end), sentenceFirstToken, count));
            }
            sentenceFirstToken = count;
            sentenceStart = -1;
        }

        void AddToken(int start, int end, TokenKind kind)
        {
            if (sentenceStart < 0)
            {
                sentenceStart = start;
            }
            document.AddToken(new Token(start, end, kind));
            count++;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                CloseSentence(document.Tokens.IsEmpty ? 0 : document.Tokens[^1].End);
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                int end = WordEnd(text, i);
                var word = text.AsSpan(i, end - i);
                // Keep the period of an abbreviation or of a dotted word such as "U.S".
                if (end < text.Length && text[end] == '.' && (Abbreviations.Contains(word.ToString()) || (word.Contains('.') && char.IsLetter(word[^1])) || (word.Length == 1 && char.IsUpper(word[0]))))
                {
                    end++;
                }
                bool hasLetter = false;
                foreach (char w in text.AsSpan(i, end - i))
                {
                    hasLetter |= char.IsLetter(w);
                }
                AddToken(i, end, char.IsDigit(c) && !hasLetter ? TokenKind.Number : TokenKind.Word);
                i = end;
                continue;
            }
            if ((c is '\'' or '’') && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                AddToken(i, i + 2, TokenKind.Word);
                i += 2;
                continue;
            }
            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            AddToken(i, i + 1, kind);
            i++;
            if (c is '.' or '!' or '?')
            {
                CloseSentence(i);
            }
        }
        CloseSentence(document.Tokens.IsEmpty ? 0 : document.Tokens[^1].End);
    }

    /// <summary>The end of a word or number starting at <paramref name="start"/>, joined across inner connectors.</summary>
    private static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            bool next = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            bool digitBefore = char.IsDigit(text[i - 1]);
            bool digitAfter = next && char.IsDigit(text[i + 1]);
            bool joins = c switch
            {
                '-' or '/' => next,
                '.' => next && !(text[i - 1] == 's' && char.IsUpper(text[i + 1])),
                ',' => digitBefore && digitAfter && ThreeDigits(text, i + 1),
                ':' => digitBefore && digitAfter,
                '\'' or '’' => next && !(text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))),
                _ => false,
            };
            if (!joins)
            {
                break;
            }
            i++;
        }
        return i;
    }

    private static bool ThreeDigits(string text, int i) =>
        i + 3 <= text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) &&
        (i + 3 == text.Length || !char.IsDigit(text[i + 3]));
}
