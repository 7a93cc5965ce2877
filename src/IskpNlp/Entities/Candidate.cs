namespace IskpNlp.Entities;

/// <summary>A gazetteer match before the context rules: its character span, the token it starts in, the token after it, and the entries of the form.</summary>
internal readonly record struct Candidate(int Start, int End, int FirstToken, int NextToken, GazetteerEntry[] Entries);
