namespace IskpNlp.Output;

/// <summary>One row of mentions.csv (columns in <see cref="MentionRowMap"/>).</summary>
public sealed record MentionRow(
    string DocId,
    int Sentence,
    int Start,
    int End,
    string Text,
    string Type,
    string Canonical,
    string Code,
    string Value,
    float Confidence,
    string Method);
