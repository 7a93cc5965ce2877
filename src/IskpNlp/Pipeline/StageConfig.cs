namespace IskpNlp.Pipeline;

/// <summary>One stage of the resolved configuration: its name, its validated options and its factory.</summary>
public sealed record StageConfig(string Name, object Options, StageFactory Factory);
