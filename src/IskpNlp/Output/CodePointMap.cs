namespace IskpNlp.Output;

/// <summary>
/// Converts UTF-16 offsets (used inside the program) to Unicode code point offsets (the output
/// contract's unit, Python's <c>text[start:end]</c>). Texts without surrogate pairs, the usual case,
/// need no table.
/// </summary>
public sealed class CodePointMap
{
    private readonly int[]? _codePointAt;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return;
        }
        _codePointAt = new int[text.Length + 1];
        int codePoints = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = codePoints;
            // The low half of a pair shares its code point with the high half.
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                codePoints++;
            }
        }
        _codePointAt[text.Length] = codePoints;
    }

    public int ToCodePoints(int utf16Offset) => _codePointAt is null ? utf16Offset : _codePointAt[utf16Offset];
}
