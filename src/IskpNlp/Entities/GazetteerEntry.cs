using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// One surface form of a gazetteer and what it names. <see cref="Ambiguous"/> forms are also common
/// words, first names or other places and need context; <see cref="CaseExact"/> forms (acronyms such
/// as IS, US, ISKP) match only as written. A LOCATION name that two countries each give to a place
/// of their own ("Punjab" in PK and IN, "Badakhshan" in AF and TJ) has no <see cref="Code"/> but
/// <see cref="CodeChoices"/>, of which the spotter picks one by context.
/// </summary>
public sealed record GazetteerEntry(
    string Form,
    EntityType Type,
    string Canonical,
    string Code,
    bool Ambiguous,
    bool CaseExact)
{
    /// <summary>The countries one of which the place lies in, likeliest first, when the name alone does not say; else empty.</summary>
    public IReadOnlyList<string> CodeChoices { get; init; } = [];

    /// <summary>The letters of <see cref="Form"/>: short acronyms ("IS", "US") get rules of their own.</summary>
    internal int Letters { get; } = CountLetters(Form);

    /// <summary>Whether <see cref="Form"/> has a lower-case letter, so that a text in capitals differs from it.</summary>
    internal bool HasLower { get; } = Form.AsSpan().ContainsAnyInRange('a', 'z') || HasLowerLetter(Form);

    private static int CountLetters(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }
        return count;
    }

    private static bool HasLowerLetter(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }
}
