namespace IskpNlp.Drivers;

/// <summary>
/// Turns a sentence into hashed features: lower-cased word 1..N-grams and character n-grams inside
/// each word with boundary marks ("&lt;poverty&gt;"), digits folded to 0, counts L2-normalised. The
/// same code runs at training and at scoring; the hash (FNV-1a) is fixed, so a model's features
/// mean the same on every machine.
/// </summary>
public sealed class DriverFeaturizer
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const int MaxWordLength = 64;

    private readonly DriverFeaturizerOptions _options;
    private readonly int _mask;

    public DriverFeaturizer(DriverFeaturizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _mask = (1 << options.HashBits) - 1;
    }

    public int Dimension => _mask + 1;

    public DriverFeaturizerOptions Options => _options;

    /// <summary>Fills <paramref name="vector"/> (cleared first) with the features of <paramref name="text"/>.</summary>
    public void Featurize(ReadOnlySpan<char> text, FeatureVector vector)
    {
        vector.Clear();
        Span<char> word = stackalloc char[MaxWordLength + 2];
        Span<uint> previous = stackalloc uint[Math.Max(_options.WordNgrams - 1, 1)];
        int history = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int length = 0;
            word[length++] = '<';
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (length <= MaxWordLength)
                {
                    char c = text[i];
                    word[length++] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
                }
                i++;
            }
            word[length++] = '>';
            var letters = word[1..(length - 1)];
            uint wordHash = Hash(FnvOffset, letters);
            vector.Add(Index(1, wordHash));
            // Word n-grams: combine this word with the ones before it.
            uint gram = wordHash;
            for (int n = 0; n < Math.Min(history, _options.WordNgrams - 1); n++)
            {
                // Rotating the earlier word keeps order: "police abuse" and "abuse police" differ.
                gram = (System.Numerics.BitOperations.RotateLeft(previous[n], 13 + n) ^ gram) * FnvPrime;
                vector.Add(Index(2 + n, gram));
            }
            for (int n = previous.Length - 1; n > 0; n--)
            {
                previous[n] = previous[n - 1];
            }
            previous[0] = wordHash;
            history++;
            AddCharNgrams(word[..length], vector);
        }
        vector.Normalize();
    }

    private void AddCharNgrams(ReadOnlySpan<char> marked, FeatureVector vector)
    {
        for (int n = _options.CharNgramMin; n <= _options.CharNgramMax && n <= marked.Length; n++)
        {
            for (int start = 0; start + n <= marked.Length; start++)
            {
                vector.Add(Index(10 + n, Hash(FnvOffset, marked.Slice(start, n))));
            }
        }
    }

    private int Index(int kind, uint hash) => (int)((hash ^ ((uint)kind * 0x85EBCA6Bu)) * 0xC2B2AE35u >> 3) & _mask;

    private static uint Hash(uint seed, ReadOnlySpan<char> chars)
    {
        uint hash = seed;
        foreach (char c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }
}
