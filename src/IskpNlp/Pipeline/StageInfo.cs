namespace IskpNlp.Pipeline;

/// <summary>A stage's name in pipeline.yaml, the annotations it requires and those it assigns.</summary>
public sealed record StageInfo(string Name, Annotations Requires, Annotations Assigns);
