namespace IskpNlp.Entities;

/// <summary>
/// What the features need of one token, hashed once per sentence: its forms, shape, affixes, the
/// gazetteer's tag on it, and where it stands. The feature templates combine these, so a token's
/// characters are read once however many templates look at it.
/// </summary>
internal struct TokenHashes
{
    public uint Word;
    public uint Lower;
    public uint Shape;
    public uint Prefix2;
    public uint Prefix3;
    public uint Suffix2;
    public uint Suffix3;
    public uint Suffix4;

    /// <summary>The gazetteer's label on the token (a <see cref="BilouLabels"/> byte, or <see cref="NerFeatures.PartialGazetteerTag"/> plus the type).</summary>
    public byte Gazetteer;

    /// <summary>0 for prose, 1 for a sentence mostly in capitals, 2 for a title-case headline.</summary>
    public byte Style;

    public bool IsFirst;
}
