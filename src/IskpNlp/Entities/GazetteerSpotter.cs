using System.Runtime.InteropServices;
using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Entities;

/// <summary>
/// The <c>gazetteer</c> stage: longest match of gazetteer forms over the tokens of each article
/// sentence, case-aware, looking inside hyphenated words ("Afghanistan-based", "ISIS-inspired",
/// "Tajik-Afghan") and leaving possessives out ("ISKP’s" gives "ISKP"). Context rules, one method
/// each, decide the forms that are also common words, names or languages.
/// </summary>
public sealed class GazetteerSpotter : IStage
{
    public const string StageName = "gazetteer";

    private readonly Gazetteer _gazetteer;

    public GazetteerSpotter(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    public StageInfo Info { get; } = new(StageName, Annotations.Tokens | Annotations.Sentences | Annotations.Furniture, Annotations.Entities);

    public void Process(Document document, CancellationToken cancellationToken) =>
        MentionBuffer.Collect(document, (Spotter: this, Document: document, Cancellation: cancellationToken),
            static (state, found) => state.Spotter.Spot(state.Document, found, state.Cancellation));

    /// <summary>The mentions of the document's article sentences, in reading order; the document is not changed.</summary>
    public List<Mention> Spot(Document document, CancellationToken cancellationToken = default)
    {
        var mentions = new List<Mention>();
        Spot(document, mentions, cancellationToken);
        return mentions;
    }

    /// <summary>Adds the mentions of the document's article sentences to <paramref name="mentions"/>, in reading order.</summary>
    public void Spot(Document document, List<Mention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        int firstFound = mentions.Count;
        var sentences = document.Sentences;
        var tokens = document.Tokens;
        var candidates = new List<Candidate>(4);
        var parts = new List<Candidate>(1);
        var scope = new SpotScope(document);
        // One context, moved from sentence to sentence when a sentence first needs it.
        SentenceContext? shared = null;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.IsFurniture)
            {
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            SentenceContext? context = null;
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                ref readonly var token = ref tokens[i];
                var text = document.TextOf(token);
                if (!MayStartName(text))
                {
                    i++;
                    continue;
                }
                candidates.Clear();
                Collect(document, i, token.Start, text, sentence.EndToken, candidates);
                if (candidates.Count > 0 && TryAccept(candidates, context ??= ContextFor(ref shared, document, sentence, s), scope, mentions, out int next))
                {
                    i = next;
                    continue;
                }
                if (text.Contains('-'))
                {
                    SpotInsideHyphenated(document, i, ref context, ref shared, s, scope, mentions, parts);
                }
                i++;
            }
        }
        ChooseCodes(document.Text, CollectionsMarshal.AsSpan(mentions)[firstFound..]);
    }

    // "Punjab" is a province of Pakistan and one of India: a choice named beside it decides ("Indian
    // Punjab", "Punjab, Pakistan"), else the choice the document names most, else the likelier one,
    // listed first in the gazetteer.
    private void ChooseCodes(string text, Span<Mention> found)
    {
        for (int k = 0; k < found.Length; k++)
        {
            ref var mention = ref found[k];
            if (mention.Type != EntityType.Location || mention.Code.Length > 0 || _gazetteer.CodeChoicesOf(mention.Canonical) is not { } choices)
            {
                continue;
            }
            string code = ContextCodes.Beside(found, mention, text, choices)
                ?? ContextCodes.MostNamed(found, choices)
                ?? choices[0];
            mention = mention with { Code = code };
        }
    }

    private static SentenceContext ContextFor(ref SentenceContext? shared, Document document, Sentence sentence, int index)
    {
        if (shared is null)
        {
            return shared = new SentenceContext(document, sentence, index);
        }
        shared.MoveTo(sentence, index);
        return shared;
    }

    // Names start with a capital or a digit-free Arabic article ("al-Qaeda", "ad-Dawla").
    private static bool MayStartName(ReadOnlySpan<char> text)
    {
        char first = text[0];
        if (char.IsUpper(first))
        {
            return true;
        }
        // A hyphen at index 1 to 3, looked for by hand: most tokens are lower-case words.
        return char.IsLower(first) && text.Length > 1
            && (text[1] == '-' || (text.Length > 2 && text[2] == '-') || (text.Length > 3 && text[3] == '-'));
    }

    // Walks the trie from token i (whose key may be a piece of it), recording every form that ends,
    // longest last; a hyphenated token may end a form inside it ("Islamic State-backed").
    private void Collect(Document document, int firstToken, int start, ReadOnlySpan<char> firstKey, int sentenceEnd, List<Candidate> candidates)
    {
        var node = _gazetteer.Root.Child(firstKey);
        if (node is null)
        {
            return;
        }
        if (node.HasEntries)
        {
            candidates.Add(new Candidate(start, start + firstKey.Length, firstToken, firstToken + 1, node.Entries));
        }
        var tokens = document.Tokens;
        for (int j = firstToken + 1; j < sentenceEnd && node.HasChildren; j++)
        {
            ref readonly var token = ref tokens[j];
            var text = document.TextOf(token);
            var child = node.Child(text);
            if (child is not null)
            {
                node = child;
                if (node.HasEntries)
                {
                    candidates.Add(new Candidate(start, token.End, firstToken, j + 1, node.Entries));
                }
                continue;
            }
            for (int hyphen = text.LastIndexOf('-'); hyphen > 0; hyphen = text[..hyphen].LastIndexOf('-'))
            {
                var prefix = node.Child(text[..hyphen]);
                if (prefix is { HasEntries: true })
                {
                    candidates.Add(new Candidate(start, token.Start + hyphen, firstToken, j + 1, prefix.Entries));
                    break;
                }
            }
            break;
        }
    }

    private static bool TryAccept(List<Candidate> candidates, SentenceContext context, SpotScope scope, List<Mention> mentions, out int next)
    {
        for (int c = candidates.Count - 1; c >= 0; c--)
        {
            var candidate = candidates[c];
            foreach (var entry in candidate.Entries.AsSpan())
            {
                var surface = context.Document.Text.AsSpan(candidate.Start, candidate.End - candidate.Start);
                if (!SpotterRules.CaseMatches(entry, surface))
                {
                    continue;
                }
                float confidence = SpotterRules.Judge(entry, candidate, context, scope);
                if (confidence <= 0)
                {
                    continue;
                }
                mentions.Add(new Mention(new TextSpan(candidate.Start, candidate.End), entry.Type, entry.Canonical, entry.Code, "", confidence, MentionMethod.Gazetteer, context.Index));
                next = candidate.NextToken;
                return true;
            }
        }
        next = 0;
        return false;
    }

    // "Tajik-Afghan", "pro-Taliban", "ISIS-inspired", "al-Qaeda-linked": try each run of the word's
    // hyphen-separated parts, longest first, as a one-token form.
    private void SpotInsideHyphenated(Document document, int tokenIndex, ref SentenceContext? context, ref SentenceContext? shared, int sentenceIndex, SpotScope scope, List<Mention> mentions, List<Candidate> candidates)
    {
        var token = document.Tokens[tokenIndex];
        var text = document.TextOf(token);
        Span<int> bounds = stackalloc int[Math.Min(text.Count('-') + 2, 64)];
        int parts = 0;
        bounds[parts++] = 0;
        for (int k = 0; k < text.Length && parts < bounds.Length - 1; k++)
        {
            if (text[k] == '-')
            {
                bounds[parts++] = k + 1;
            }
        }
        bounds[parts] = text.Length + 1;
        for (int p = 0; p < parts; p++)
        {
            for (int q = parts - 1; q >= p; q--)
            {
                if (p == 0 && q == parts - 1)
                {
                    continue;
                }
                int start = bounds[p], end = bounds[q + 1] - 1;
                var node = _gazetteer.Root.Child(text[start..end]);
                if (node is not { HasEntries: true })
                {
                    continue;
                }
                candidates.Clear();
                candidates.Add(new Candidate(token.Start + start, token.Start + end, tokenIndex, tokenIndex + 1, node.Entries));
                if (SpotterRules.IsLanguageCompound(text, end) || SpotterRules.ContinuesAsName(text, end) || !TryAccept(candidates, context ??= ContextFor(ref shared, document, document.Sentences[sentenceIndex], sentenceIndex), scope, mentions, out _))
                {
                    continue;
                }
                p = q;
                break;
            }
        }
    }
}
