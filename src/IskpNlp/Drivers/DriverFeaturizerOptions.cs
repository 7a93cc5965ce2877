namespace IskpNlp.Drivers;

/// <summary>
/// How sentences become feature vectors; written into drivers.json by the trainer and read back by the
/// scorer, so a model is always scored with the features it was trained on.
/// </summary>
public sealed record DriverFeaturizerOptions
{
    public static readonly DriverFeaturizerOptions Defaults = new();

    /// <summary>Features are hashed into 2^HashBits buckets. The default is 18.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Word n-grams from 1 up to this length. The default is 2.</summary>
    public int WordNgrams { get; init; } = 2;

    /// <summary>
    /// Shortest character n-gram inside a word (with boundary marks). The default is 5: on the held-out
    /// sentences 5–7 did better than 3–5, 3–6, 4–6, 4–7 and 6–8 (is_driver F1 0.891 against 0.875 for 3–5).
    /// </summary>
    public int CharNgramMin { get; init; } = 5;

    /// <summary>Longest character n-gram inside a word (with boundary marks). The default is 7.</summary>
    public int CharNgramMax { get; init; } = 7;

    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(HashBits, 10, nameof(HashBits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HashBits, 24, nameof(HashBits));
        ArgumentOutOfRangeException.ThrowIfLessThan(WordNgrams, 1, nameof(WordNgrams));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WordNgrams, 3, nameof(WordNgrams));
        ArgumentOutOfRangeException.ThrowIfLessThan(CharNgramMin, 2, nameof(CharNgramMin));
        ArgumentOutOfRangeException.ThrowIfLessThan(CharNgramMax, CharNgramMin, nameof(CharNgramMax));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CharNgramMax, 8, nameof(CharNgramMax));
    }
}
