namespace IskpNlp.Training.Entities;

/// <summary>One sentence of an entity training file: its plain text (markup removed), its names, and where it was read.</summary>
public sealed record EntitySentence(string Text, IReadOnlyList<EntityAnnotation> Names, string File, int Line)
{
    /// <summary>"file:line", for messages and document ids.</summary>
    public string Where => $"{System.IO.Path.GetFileName(File)}:{Line}";
}
