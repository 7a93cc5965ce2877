using IskpNlp.Documents;
using IskpNlp.Text;

namespace IskpNlp.Entities;

/// <summary>
/// What the gazetteer knows about a name the tagger found: the entry of that exact form (case aside)
/// and type, looked up in the spotter's trie with the document's own tokens, so forms and text split
/// alike and no second index is kept.
/// </summary>
internal static class GazetteerNames
{
    /// <summary>The entry of type <paramref name="type"/> whose form is the text of tokens [first, end), or null.</summary>
    public static GazetteerEntry? Find(Gazetteer gazetteer, Document document, int first, int end, EntityType type) =>
        OfType(Node(gazetteer, document, first, end), type);

    /// <summary>Whether the gazetteer lists the text of tokens [first, end) as a form of any type.</summary>
    public static bool Knows(Gazetteer gazetteer, Document document, int first, int end) =>
        Node(gazetteer, document, first, end) is { HasEntries: true };

    private static GazetteerTrie? Node(Gazetteer gazetteer, Document document, int first, int end)
    {
        var node = gazetteer.Root;
        for (int i = first; i < end && node is not null; i++)
        {
            node = node.Child(document.TextOf(document.Tokens[i]));
        }
        return node;
    }

    /// <summary>The entry of type <paramref name="type"/> whose form is <paramref name="form"/> (case aside), or null.</summary>
    public static GazetteerEntry? Find(Gazetteer gazetteer, string form, EntityType type)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(form, tokens);
        var node = tokens.Count == 0 ? null : gazetteer.Root;
        foreach (var token in tokens)
        {
            node = node?.Child(form.AsSpan(token.Start, token.Length));
        }
        return OfType(node, type);
    }

    private static GazetteerEntry? OfType(GazetteerTrie? node, EntityType type)
    {
        if (node is null)
        {
            return null;
        }
        var entries = node.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Type == type)
            {
                return entries[i];
            }
        }
        return null;
    }
}
