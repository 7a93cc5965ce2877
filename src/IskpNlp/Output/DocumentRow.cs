namespace IskpNlp.Output;

/// <summary>One row of documents.csv.</summary>
public sealed record DocumentRow(
    string DocId,
    string Source,
    string Title,
    string Date,
    string DateSource,
    string Status,
    string Error,
    int Chars,
    int Tokens,
    int Sentences,
    int Mentions,
    int DriverSentences,
    string Groups,
    string Countries,
    string Nationalities,
    float? MaxDriverScore,
    string TopCategory);
