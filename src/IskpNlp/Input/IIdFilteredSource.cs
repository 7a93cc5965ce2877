using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// A source that knows a document's id before it reads the document, and so can pass over the ones a
/// caller does not want without reading them: a .urls file, whose ids are the URLs, fetches only the
/// URLs of its shard.
/// </summary>
public interface IIdFilteredSource : IDocumentSource
{
    /// <summary>
    /// The documents whose id <paramref name="include"/> accepts, from position <paramref name="start"/>
    /// among those on; the others are neither read nor counted.
    /// </summary>
    IEnumerable<Document> Read(Func<string, bool> include, int start, CancellationToken cancellationToken);
}
