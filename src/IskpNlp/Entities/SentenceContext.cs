using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>One sentence as the context rules see it, with its casing style worked out once, on first use.</summary>
internal sealed class SentenceContext
{
    private bool? _isCaps;
    private bool? _isTitleCase;

    public SentenceContext(Document document, Sentence sentence, int index)
    {
        Document = document;
        Sentence = sentence;
        Index = index;
    }

    public Document Document { get; }

    public Sentence Sentence { get; }

    public int Index { get; }

    /// <summary>Most words are in capitals: a heading or a wire dateline.</summary>
    public bool IsCaps => _isCaps ??= Share(capitals: true) >= 0.6;

    /// <summary>Most words are capitalised: a title-case headline, where capitals say nothing about names.</summary>
    public bool IsTitleCase => _isTitleCase ??= Share(capitals: false) >= 0.7;

    /// <summary>The text of token <paramref name="index"/>, or empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int index) =>
        index >= Sentence.FirstToken && index < Sentence.EndToken ? Document.TextOf(Document.Tokens[index]) : [];

    /// <summary>The index of the token that starts at or covers <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Document.Tokens;
        int lo = Sentence.FirstToken, hi = Sentence.EndToken - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < tokens[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= tokens[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return lo;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    // The share of the sentence's words in capitals (or, with capitals false, with a capital first letter).
    private double Share(bool capitals)
    {
        int words = 0, matching = 0;
        for (int i = Sentence.FirstToken; i < Sentence.EndToken; i++)
        {
            var token = Document.Tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsLetter(Document.Text[token.Start]))
            {
                continue;
            }
            words++;
            var word = Document.TextOf(token);
            if (capitals ? IsAllCaps(word) : char.IsUpper(word[0]))
            {
                matching++;
            }
        }
        return words >= 3 ? (double)matching / words : 0;
    }
}
