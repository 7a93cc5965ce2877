namespace IskpNlp.Documents;

/// <summary>One token: a span of the original text, never a copy of it.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    /// <summary>Carries a word, number, link or tag: not punctuation, a symbol or an emoji.</summary>
    public bool IsWordLike => Kind is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Emoji);
}
