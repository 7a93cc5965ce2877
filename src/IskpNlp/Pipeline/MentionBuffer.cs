using System.Runtime.InteropServices;
using IskpNlp.Documents;

namespace IskpNlp.Pipeline;

/// <summary>
/// One list per worker thread that a stage collects a document's mentions in before it hands them
/// to the document at once, so that the document's own list grows once, by the exact count. The
/// list is cleared by each <see cref="Collect"/>: stages run one after another on a thread, and
/// each has handed its mentions over before the next one starts.
/// </summary>
internal static class MentionBuffer
{
    [ThreadStatic]
    private static List<Mention>? t_mentions;

    /// <summary>Runs <paramref name="find"/> into the thread's list, then adds what it found to <paramref name="document"/>.</summary>
    public static void Collect<TState>(Document document, TState state, Action<TState, List<Mention>> find)
    {
        var mentions = t_mentions ??= new List<Mention>(256);
        mentions.Clear();
        find(state, mentions);
        document.AddMentions(CollectionsMarshal.AsSpan(mentions));
    }
}
