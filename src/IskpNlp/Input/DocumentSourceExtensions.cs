using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>Shorthands over <see cref="IDocumentSource"/>.</summary>
public static class DocumentSourceExtensions
{
    /// <summary>Every document of <paramref name="source"/>, from the first.</summary>
    public static IEnumerable<Document> Read(this IDocumentSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Read(0, cancellationToken);
    }
}
