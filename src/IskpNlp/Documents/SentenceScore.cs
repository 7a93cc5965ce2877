namespace IskpNlp.Documents;

/// <summary>The driver scores of one sentence: the row of sentences.csv beyond the span.</summary>
public readonly record struct SentenceScore(float DriverScore, bool IsDriver, CategoryScores Categories);
