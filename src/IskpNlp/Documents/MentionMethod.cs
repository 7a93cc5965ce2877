namespace IskpNlp.Documents;

/// <summary>What found a mention: the <c>method</c> column of mentions.csv.</summary>
public enum MentionMethod : byte
{
    Gazetteer,
    Model,
    Rule,
}
