namespace IskpNlp.Output;

/// <summary>The shard folders cannot be merged (a usage error: exit code 2); the message says which and why.</summary>
public sealed class MergeException(string message) : Exception(message);
