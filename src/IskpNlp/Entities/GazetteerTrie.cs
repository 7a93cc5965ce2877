namespace IskpNlp.Entities;

/// <summary>
/// A trie over token texts, keyed case-insensitively so that one lookup serves "Kabul", "KABUL"
/// and "kabul"; each entry keeps its exact form so that the spotter decides case afterwards.
/// Built once, then read by every worker without locks.
/// </summary>
internal sealed class GazetteerTrie
{
    private readonly Dictionary<string, GazetteerTrie> _children = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, GazetteerTrie>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private GazetteerEntry[] _entries = [];

    public GazetteerTrie()
    {
        _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The forms that end here, in priority order; an array so that the spotter walks it without an enumerator.</summary>
    public GazetteerEntry[] Entries => _entries;

    public bool HasEntries => _entries.Length > 0;

    public bool HasChildren => _children.Count > 0;

    public GazetteerTrie? Child(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var child) ? child : null;

    public void Add(IReadOnlyList<string> keys, GazetteerEntry entry)
    {
        var node = this;
        foreach (string key in keys)
        {
            if (!node._children.TryGetValue(key, out var child))
            {
                child = new GazetteerTrie();
                node._children[key] = child;
            }
            node = child;
        }
        if (Array.IndexOf(node._entries, entry) < 0)
        {
            // Kept in priority order (group, country, nationality, location), so the spotter tries them as they are.
            int at = Array.FindIndex(node._entries, e => Gazetteer.Priority(e.Type) > Gazetteer.Priority(entry.Type));
            node._entries = [.. node._entries.AsSpan(0, at < 0 ? node._entries.Length : at), entry, .. node._entries.AsSpan(at < 0 ? node._entries.Length : at)];
        }
    }
}
