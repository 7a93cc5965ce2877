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

    IEnumerable<Document> Read(CancellationToken cancellationToken);
}
