using System.Globalization;
using System.Text;

namespace IskpNlp.Pipeline;

/// <summary>
/// Shard K of N (0-based): the documents whose id hashes to K. The hash is FNV-1a over the id's
/// UTF-8 bytes, fixed in code, so every machine of a cluster agrees on which shard a document is in.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses "K/N".</summary>
    /// <exception cref="FormatException">Not two whole numbers with 0 &lt;= K &lt; N.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            || count < 1 || index >= count)
        {
            throw new FormatException($"--shard '{text}': expected K/N with 0 <= K < N, e.g. 0/8 for the first of eight shards");
        }
        return new ShardSpec(index, count);
    }

    public bool Contains(string documentId) => ShardOf(documentId, Count) == Index;

    /// <summary>The shard (of <paramref name="count"/>) that <paramref name="documentId"/> belongs to.</summary>
    public static int ShardOf(string documentId, int count)
    {
        ulong hash = 14695981039346656037UL;
        Span<byte> buffer = stackalloc byte[256];
        int length = Encoding.UTF8.GetMaxByteCount(documentId.Length);
        var bytes = length <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(documentId, buffer)] : Encoding.UTF8.GetBytes(documentId);
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return (int)(hash % (ulong)count);
    }

    public override string ToString() => $"{Index}/{Count}";
}
