using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// The tagger's label space: O, then B, I, L and U of each of the four name types (GROUP, COUNTRY,
/// LOCATION, NATIONALITY), one byte each. DATE is left to the date recogniser. The same bytes tag
/// the gazetteer's matches in the features, so model and gazetteer speak one language.
/// </summary>
internal static class BilouLabels
{
    /// <summary>The name types the tagger knows, in label order.</summary>
    public const int TypeCount = 4;

    /// <summary>O plus four tags per type.</summary>
    public const int Count = 1 + (TypeCount * 4);

    public const byte Outside = 0;

    /// <summary>"O", "B-GROUP", "I-GROUP", ..., "U-NATIONALITY": the names a model file stores.</summary>
    public static readonly string[] Names = CreateNames();

    /// <summary><c>Allowed[previous * Count + next]</c>: <see cref="CanFollow"/> as a table for the decoder.</summary>
    public static readonly bool[] Allowed = CreateAllowed();

    /// <summary><c>Ends[label]</c>: <see cref="CanEnd"/> as a table for the decoder.</summary>
    public static readonly bool[] Ends = Enumerable.Range(0, Count).Select(l => CanEnd((byte)l)).ToArray();

    public static bool IsTaggable(EntityType type) => (int)type < TypeCount;

    public static byte Label(EntityType type, EntityTag tag)
    {
        if (tag == EntityTag.Outside)
        {
            return Outside;
        }
        if (!IsTaggable(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "only GROUP, COUNTRY, LOCATION and NATIONALITY have tags");
        }
        return (byte)(1 + ((int)type * 4) + ((int)tag - 1));
    }

    public static EntityTag TagOf(byte label) => label == Outside ? EntityTag.Outside : (EntityTag)(((label - 1) % 4) + 1);

    public static EntityType TypeOf(byte label) => (EntityType)((label - 1) / 4);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/>: a name once begun goes on to its last token, of the same type.</summary>
    public static bool CanFollow(byte previous, byte next)
    {
        var before = TagOf(previous);
        var after = TagOf(next);
        if (before is EntityTag.Begin or EntityTag.Inside)
        {
            return after is EntityTag.Inside or EntityTag.Last && TypeOf(previous) == TypeOf(next);
        }
        return after is EntityTag.Outside or EntityTag.Begin or EntityTag.Unit;
    }

    /// <summary>Whether a sentence may end on <paramref name="label"/> (not inside a name).</summary>
    public static bool CanEnd(byte label) => TagOf(label) is EntityTag.Outside or EntityTag.Last or EntityTag.Unit;

    /// <summary>Writes the labels of the names [start, end) of <paramref name="type"/> into <paramref name="labels"/>.</summary>
    public static void Mark(Span<byte> labels, int start, int end, EntityType type)
    {
        if (end - start == 1)
        {
            labels[start] = Label(type, EntityTag.Unit);
            return;
        }
        labels[start] = Label(type, EntityTag.Begin);
        for (int i = start + 1; i < end - 1; i++)
        {
            labels[i] = Label(type, EntityTag.Inside);
        }
        labels[end - 1] = Label(type, EntityTag.Last);
    }

    private static bool[] CreateAllowed()
    {
        var allowed = new bool[Count * Count];
        for (int p = 0; p < Count; p++)
        {
            for (int n = 0; n < Count; n++)
            {
                allowed[(p * Count) + n] = CanFollow((byte)p, (byte)n);
            }
        }
        return allowed;
    }

    private static string[] CreateNames()
    {
        var names = new string[Count];
        names[0] = "O";
        string[] tags = ["B", "I", "L", "U"];
        for (int t = 0; t < TypeCount; t++)
        {
            for (int k = 0; k < 4; k++)
            {
                names[1 + (t * 4) + k] = $"{tags[k]}-{Labels.EntityTypeNames[t]}";
            }
        }
        return names;
    }
}
