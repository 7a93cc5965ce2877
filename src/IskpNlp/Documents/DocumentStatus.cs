namespace IskpNlp.Documents;

public enum DocumentStatus : byte
{
    Ok,
    Failed,
}
