using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// The tagger's features, shared by the trainer and the tagger so both see the same numbers: the
/// word, its lower form, shape (Xxx, XX, xx-Xxx, dd), prefixes and suffixes, capitalisation and
/// position, the neighbours' words and shapes, the gazetteer's tags of the token and its neighbours,
/// and the labels already given to the two tokens before. Each feature is a 32-bit hash of its
/// template and values (no strings), which the model folds into its hash space.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Bumped whenever a template or a hash changes: a model trained on other features is refused.</summary>
    public const int Version = 1;

    /// <summary>Features of a token that do not depend on the labels before it.</summary>
    public const int StaticCount = 28;

    /// <summary>Features of the labels given to the tokens before.</summary>
    public const int HistoryCount = 4;

    public const int Count = StaticCount + HistoryCount;

    /// <summary>Flag of a gazetteer name that ends or starts inside the token ("Afghanistan-based"); the low bits hold the type.</summary>
    public const byte PartialGazetteerTag = 0x80;

    // Stand-ins for the words beyond the sentence's ends.
    private const uint Before1 = 0x5BD1E995, Before2 = 0x1B873593, After1 = 0xCC9E2D51, After2 = 0xE6546B64;
    private const uint NoGazetteer = 0x85EBCA6B;

    /// <summary>
    /// Writes the gazetteer spotter's <paramref name="mentions"/> as one label per token of
    /// <paramref name="document"/>: B/I/L/U of the type where a mention covers whole tokens,
    /// <see cref="PartialGazetteerTag"/> plus the type on a token a mention covers in part
    /// ("Afghanistan-based"), 0 elsewhere.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is shorter than the document's tokens.</exception>
    public static void MarkGazetteer(Document document, IReadOnlyList<Mention> mentions, Span<byte> tags)
    {
        var tokens = document.Tokens;
        if (tags.Length < tokens.Length)
        {
            throw new ArgumentException($"{tags.Length} tags for {tokens.Length} tokens", nameof(tags));
        }
        tags[..tokens.Length].Clear();
        foreach (var mention in mentions)
        {
            if (!BilouLabels.IsTaggable(mention.Type))
            {
                continue;
            }
            int first = FirstTokenEndingAfter(tokens, mention.Span.Start);
            int end = first;
            while (end < tokens.Length && tokens[end].Start < mention.Span.End)
            {
                end++;
            }
            if (end == first)
            {
                continue;
            }
            if (tokens[first].Start == mention.Span.Start && tokens[end - 1].End == mention.Span.End)
            {
                BilouLabels.Mark(tags, first, end, mention.Type);
            }
            else
            {
                for (int i = first; i < end; i++)
                {
                    tags[i] = (byte)(PartialGazetteerTag | (byte)mention.Type);
                }
            }
        }
    }

    /// <summary>Hashes each token of a sentence into <paramref name="hashes"/> (one per token).</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="gazetteer">The gazetteer's label of each token (0 where it found nothing).</param>
    /// <param name="hashes">At least as long as <paramref name="tokens"/>.</param>
    public static void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> gazetteer, Span<TokenHashes> hashes)
    {
        byte style = Style(text, tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            ref var h = ref hashes[i];
            Hash(text.Slice(tokens[i].Start, tokens[i].Length), ref h);
            h.Gazetteer = gazetteer[i];
            h.Style = style;
            h.IsFirst = i == 0;
        }
    }

    /// <summary>Writes the <see cref="StaticCount"/> label-independent features of token <paramref name="i"/>.</summary>
    public static void Static(ReadOnlySpan<TokenHashes> hashes, int i, Span<uint> features)
    {
        ref readonly var t = ref hashes[i];
        uint lowerP1 = i >= 1 ? hashes[i - 1].Lower : Before1;
        uint lowerP2 = i >= 2 ? hashes[i - 2].Lower : Before2;
        uint lowerN1 = i + 1 < hashes.Length ? hashes[i + 1].Lower : After1;
        uint lowerN2 = i + 2 < hashes.Length ? hashes[i + 2].Lower : After2;
        uint shapeP1 = i >= 1 ? hashes[i - 1].Shape : Before1;
        uint shapeN1 = i + 1 < hashes.Length ? hashes[i + 1].Shape : After1;
        uint gazP1 = i >= 1 ? hashes[i - 1].Gazetteer : NoGazetteer;
        uint gazN1 = i + 1 < hashes.Length ? hashes[i + 1].Gazetteer : NoGazetteer;
        uint gaz = t.Gazetteer;
        features[0] = Feature(1, 0);
        features[1] = Feature(2, t.Word);
        features[2] = Feature(3, t.Lower);
        features[3] = Feature(4, t.Shape);
        features[4] = Feature(5, t.Prefix2);
        features[5] = Feature(6, t.Prefix3);
        features[6] = Feature(7, t.Suffix2);
        features[7] = Feature(8, t.Suffix3);
        features[8] = Feature(9, t.Suffix4);
        features[9] = Feature(10, lowerP1);
        features[10] = Feature(11, lowerN1);
        features[11] = Feature(12, lowerP2);
        features[12] = Feature(13, lowerN2);
        features[13] = Feature(14, shapeP1);
        features[14] = Feature(15, shapeN1);
        features[15] = Feature(16, lowerP1, t.Lower);
        features[16] = Feature(17, t.Lower, lowerN1);
        features[17] = Feature(18, shapeP1, t.Shape, shapeN1);
        features[18] = Feature(19, lowerP1, t.Shape);
        features[19] = Feature(20, t.Shape, lowerN1);
        features[20] = Feature(21, gaz);
        features[21] = Feature(22, gazP1);
        features[22] = Feature(23, gazN1);
        features[23] = Feature(24, gaz, t.Shape);
        features[24] = Feature(25, gaz, lowerP1);
        features[25] = Feature(26, gaz, lowerN1);
        features[26] = Feature(27, t.IsFirst ? 1u : 0u, t.Shape);
        features[27] = Feature(28, t.Style, t.Shape);
    }

    /// <summary>Writes the <see cref="HistoryCount"/> features of the labels before token <paramref name="i"/>.</summary>
    public static void History(ReadOnlySpan<TokenHashes> hashes, int i, byte previous, byte beforePrevious, Span<uint> features)
    {
        ref readonly var t = ref hashes[i];
        features[0] = Feature(29, previous);
        features[1] = Feature(30, previous, t.Lower);
        features[2] = Feature(31, beforePrevious, previous);
        features[3] = Feature(32, previous, t.Shape);
    }

    // Mostly capitals: a heading or wire dateline; mostly capitalised words: a title-case headline.
    // Both make capitals say little about names. The thresholds are the spotter's (SentenceContext).
    private static byte Style(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, caps = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            var word = text.Slice(token.Start, token.Length);
            if (token.Kind != TokenKind.Word || !char.IsLetter(word[0]))
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
            caps += SentenceContext.IsAllCaps(word) ? 1 : 0;
        }
        if (words < 3)
        {
            return 0;
        }
        if (caps >= 0.6 * words)
        {
            return 1;
        }
        return capitalised >= 0.7 * words ? (byte)2 : (byte)0;
    }

    private static int FirstTokenEndingAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static void Hash(ReadOnlySpan<char> word, ref TokenHashes h)
    {
        const uint Seed = 2166136261;
        uint exact = Seed, lower = Seed, shape = Seed;
        char lastClass = '\0';
        int run = 0;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            char l = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
            exact = Fnv(exact, c);
            lower = Fnv(lower, l);
            if (k == 1)
            {
                h.Prefix2 = lower;
            }
            else if (k == 2)
            {
                h.Prefix3 = lower;
            }
            // Shape: upper X, lower x, digit d, anything else as itself; a run of one class is cut at two.
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = cls == lastClass ? run + 1 : 1;
            lastClass = cls;
            if (run <= 2)
            {
                shape = Fnv(shape, cls);
            }
        }
        if (word.Length < 2)
        {
            h.Prefix2 = lower;
        }
        if (word.Length < 3)
        {
            h.Prefix3 = lower;
        }
        h.Word = exact;
        h.Lower = lower;
        h.Shape = shape;
        h.Suffix2 = Suffix(word, 2);
        h.Suffix3 = Suffix(word, 3);
        h.Suffix4 = Suffix(word, 4);
    }

    private static uint Suffix(ReadOnlySpan<char> word, int length)
    {
        uint hash = 2166136261 ^ (uint)length;
        for (int k = Math.Max(0, word.Length - length); k < word.Length; k++)
        {
            char c = word[k];
            hash = Fnv(hash, c < 0x80 ? (char)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) : char.ToLowerInvariant(c));
        }
        return hash;
    }

    private static uint Fnv(uint hash, char c) => (hash ^ c) * 16777619;

    private static uint Feature(uint template, uint a) => Finish(Combine(template * 0x9E3779B1, a));

    private static uint Feature(uint template, uint a, uint b) => Finish(Combine(Combine(template * 0x9E3779B1, a), b));

    private static uint Feature(uint template, uint a, uint b, uint c) => Finish(Combine(Combine(Combine(template * 0x9E3779B1, a), b), c));

    private static uint Combine(uint seed, uint value) => seed ^ (value + 0x9E3779B9 + (seed << 6) + (seed >> 2));

    // murmur3's finaliser: every input bit moves the low bits that pick the bucket.
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
