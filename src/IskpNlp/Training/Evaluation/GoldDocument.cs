namespace IskpNlp.Training.Evaluation;

/// <summary>One line of a <c>*.gold.jsonl</c> file (OUTPUT.md, "Gold files").</summary>
public sealed record GoldDocument(string Id, IReadOnlyList<ScoredEntity> Entities, IReadOnlyList<GoldDriver> Drivers);

/// <summary>An entity as scored: type, text and its normalised field (canonical, code or value).</summary>
public sealed record ScoredEntity(string Type, string Text, string Normalized);

/// <summary>A gold driver sentence and its categories.</summary>
public sealed record GoldDriver(string Sentence, IReadOnlyList<string> Categories);

/// <summary>A system sentence as scored: its text, driver score, decision and category scores.</summary>
public sealed record ScoredSentence(string Text, double Score, bool IsDriver, string TopCategory, IReadOnlyDictionary<string, double> Categories);

/// <summary>What the system produced for one document.</summary>
public sealed record PredictedDocument(IReadOnlyList<ScoredEntity> Entities, IReadOnlyList<ScoredSentence> Sentences);
