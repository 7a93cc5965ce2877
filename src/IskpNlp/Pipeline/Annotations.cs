namespace IskpNlp.Pipeline;

/// <summary>What a stage needs on the document before it runs, and what it adds (spaCy's requires/assigns).</summary>
[Flags]
public enum Annotations
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Furniture = 4,
    Entities = 8,
    DocumentDate = 16,
    Dates = 32,
    DriverScores = 64,
}
