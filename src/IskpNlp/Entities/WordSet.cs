using System.Collections.Frozen;

namespace IskpNlp.Entities;

/// <summary>
/// A fixed set of words matched case-insensitively (<see cref="StringComparison.OrdinalIgnoreCase"/>),
/// with a sieve in front: one bit per (length, first letter). The spotter's rules ask about the words
/// around every match, and most of those are words no set holds, which the sieve answers without hashing.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly ulong[] _sieve = new ulong[32 * 32 / 64];

    public WordSet(params string[] words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in words)
        {
            if (word.Length > 0 && word[0] < 0x80)
            {
                int bit = Bit(word);
                _sieve[bit >> 6] |= 1UL << bit;
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        // A word that starts outside ASCII may still equal a set word ignoring case ("ı" is "I"): no sieve for it.
        if (word[0] < 0x80)
        {
            int bit = Bit(word);
            if ((_sieve[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }
        return _words.Contains(word);
    }

    // Length modulo 32 and the first letter folded to 5 bits, the same for either case of an ASCII letter.
    private static int Bit(ReadOnlySpan<char> word) => ((word.Length & 31) << 5) | ((word[0] | 0x20) & 31);
}
