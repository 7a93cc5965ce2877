namespace IskpNlp.Documents;

/// <summary>
/// A mention of EXTRACTION.md: a span with its type and normalised fields.
/// <see cref="Canonical"/> holds the group's canonical name, the English name of a country or
/// location, or the demonym's base form; <see cref="Code"/> the ISO 3166-1 alpha-2 code;
/// <see cref="Value"/> the TIMEX3 value of a date. Empty strings where a field does not apply.
/// </summary>
public readonly record struct Mention(
    TextSpan Span,
    EntityType Type,
    string Canonical,
    string Code,
    string Value,
    float Confidence,
    MentionMethod Method,
    int Sentence);
