namespace IskpNlp.Documents;

/// <summary>What is known about a document besides its text.</summary>
public sealed record DocumentInfo
{
    public static readonly DocumentInfo Empty = new();

    /// <summary>The file path or URL the document came from.</summary>
    public string Source { get; init; } = "";

    public string Title { get; init; } = "";

    public string Url { get; init; } = "";

    /// <summary>The date given by the input's metadata, if any.</summary>
    public DateOnly? Date { get; init; }
}
