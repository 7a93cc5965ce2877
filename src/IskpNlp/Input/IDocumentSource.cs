using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// Streams documents one at a time, in a stable order. An item that cannot be read becomes a
/// failed <see cref="Document"/> naming the file and line, never an exception that ends the run.
/// </summary>
public interface IDocumentSource
{
    /// <summary>What the run reads, for run.json and messages.</summary>
    string Description { get; }

    /// <summary>
    /// The documents from position <paramref name="start"/> on (0-based, in the stable order, failed
    /// items counted). Those before it are passed over without being decoded, parsed or fetched, so
    /// that a resumed run skips its finished part cheaply.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    IEnumerable<Document> Read(int start, CancellationToken cancellationToken);
}
