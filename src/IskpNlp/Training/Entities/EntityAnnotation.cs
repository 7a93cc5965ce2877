using IskpNlp.Documents;

namespace IskpNlp.Training.Entities;

/// <summary>One annotated name of a training sentence: its span in the sentence's plain text and its type.</summary>
public readonly record struct EntityAnnotation(TextSpan Span, EntityType Type);
