namespace IskpNlp.Output;

/// <summary>One row of sentences.csv; the score columns are empty when no driver scorer ran.</summary>
public sealed record SentenceRow(
    string DocId,
    int Sentence,
    int Start,
    int End,
    string Text,
    float? DriverScore,
    int? IsDriver,
    string TopCategory,
    float? Economic,
    float? Repression,
    float? Migration,
    float? SafeHaven,
    float? Propaganda,
    float? Networks,
    float? Ideology);
