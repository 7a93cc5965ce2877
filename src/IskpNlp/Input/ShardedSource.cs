using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Input;

/// <summary>
/// The documents of one shard of another source, in that source's order. A source that knows ids
/// before reading (a folder, a .urls file) reads only the shard's documents; any other is read whole
/// and the shard's documents are kept.
/// </summary>
public sealed class ShardedSource : IDocumentSource
{
    private readonly IDocumentSource _inner;
    private readonly ShardSpec _shard;

    public ShardedSource(IDocumentSource inner, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _shard = shard;
    }

    /// <summary>The inner source's description with the shard, so that a resumed shard is the same shard.</summary>
    public string Description => $"{_inner.Description} [shard {_shard}]";

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        // A source that knows ids before reading (a folder, URLs) reads only this shard's documents.
        return _inner is IIdFilteredSource filtered ? filtered.Read(_shard.Contains, start, cancellationToken) : ReadAll(start, cancellationToken);
    }

    private IEnumerable<Document> ReadAll(int start, CancellationToken cancellationToken)
    {
        int seen = 0;
        foreach (var document in _inner.Read(0, cancellationToken))
        {
            if (_shard.Contains(document.Id) && seen++ >= start)
            {
                yield return document;
            }
        }
    }
}
