namespace IskpNlp.Documents;

/// <summary>
/// A sentence: its character span, its half-open token range [FirstToken, EndToken),
/// and whether it is page furniture (share prompts, © lines...) rather than article text.
/// </summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken, bool IsFurniture = false)
{
    public int TokenCount => EndToken - FirstToken;
}
