namespace IskpNlp.Documents;

/// <summary>What a token is made of; set by the tokenizer, read by the later stages.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
    Emoji,
}
