using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>
/// One surface form of a gazetteer and what it names. <see cref="Ambiguous"/> forms are also common
/// words, first names or other places and need context; <see cref="CaseExact"/> forms (acronyms such
/// as IS, US, ISKP) match only as written.
/// </summary>
public sealed record GazetteerEntry(
    string Form,
    EntityType Type,
    string Canonical,
    string Code,
    bool Ambiguous,
    bool CaseExact);
