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
    private readonly List<GazetteerEntry> _entries = [];

    public GazetteerTrie()
    {
        _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    public bool HasEntries => _entries.Count > 0;

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
        if (!node._entries.Contains(entry))
        {
            // Kept in priority order (group, country, nationality, location), so the spotter tries them as they are.
            int at = node._entries.FindIndex(e => Gazetteer.Priority(e.Type) > Gazetteer.Priority(entry.Type));
            node._entries.Insert(at < 0 ? node._entries.Count : at, entry);
        }
    }
}
