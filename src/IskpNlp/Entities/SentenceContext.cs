using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// One sentence as the context rules see it, with its casing style worked out once, on first use.
/// The spotter moves one context from sentence to sentence (<see cref="MoveTo"/>) rather than make one each.
/// </summary>
internal sealed class SentenceContext
{
    private Style _style;

    public SentenceContext(Document document, Sentence sentence, int index)
    {
        Document = document;
        MoveTo(sentence, index);
    }

    [Flags]
    private enum Style : byte
    {
        Unknown = 0,
        Known = 1,
        Caps = 2,
        TitleCase = 4,
    }

    public Document Document { get; }

    public Sentence Sentence { get; private set; }

    public int Index { get; private set; }

    /// <summary>Most words are in capitals: a heading or a wire dateline.</summary>
    public bool IsCaps => (StyleOfSentence() & Style.Caps) != 0;

    /// <summary>Most words are capitalised: a title-case headline, where capitals say nothing about names.</summary>
    public bool IsTitleCase => (StyleOfSentence() & Style.TitleCase) != 0;

    /// <summary>Makes this the context of another sentence of the same document.</summary>
    public void MoveTo(Sentence sentence, int index)
    {
        Sentence = sentence;
        Index = index;
        _style = Style.Unknown;
    }

    /// <summary>The text of token <paramref name="index"/>, or empty outside the sentence.</summary>
    public ReadOnlySpan<char> Word(int index) =>
        index >= Sentence.FirstToken && index < Sentence.EndToken ? Document.TextOf(Document.Tokens[index]) : [];

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

    // Both shares in one pass over the sentence: words in capitals, and words with a capital first letter.
    private Style StyleOfSentence()
    {
        if (_style != Style.Unknown)
        {
            return _style;
        }
        int words = 0, caps = 0, capitalised = 0;
        var text = Document.Text;
        var tokens = Document.Tokens;
        for (int i = Sentence.FirstToken; i < Sentence.EndToken; i++)
        {
            ref readonly var token = ref tokens[i];
            char first = text[token.Start];
            if (token.Kind != TokenKind.Word || !char.IsLetter(first))
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(first) ? 1 : 0;
            // A word that starts in lower case is not in capitals; one in a script without case is.
            caps += !char.IsLower(first) && IsAllCaps(text.AsSpan(token.Start, token.Length)) ? 1 : 0;
        }
        var style = Style.Known;
        if (words >= 3)
        {
            style |= (double)caps / words >= 0.6 ? Style.Caps : 0;
            style |= (double)capitalised / words >= 0.7 ? Style.TitleCase : 0;
        }
        return _style = style;
    }
}
