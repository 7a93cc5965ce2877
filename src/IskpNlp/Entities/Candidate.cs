namespace IskpNlp.Entities;

/// <summary>A gazetteer match before the context rules: its character span, the token after it, and the entries of the form.</summary>
internal readonly record struct Candidate(int Start, int End, int NextToken, IReadOnlyList<GazetteerEntry> Entries);
