namespace IskpNlp.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start},{End})";
}
