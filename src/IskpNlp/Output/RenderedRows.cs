namespace IskpNlp.Output;

/// <summary>One document's rows of mentions.csv, sentences.csv and documents.csv, as CSV text.</summary>
public sealed record RenderedRows(string Mentions, string Sentences, string Document);
