namespace IskpNlp.Input;

/// <summary>The input as a whole cannot be read (a usage error: exit code 2).</summary>
public sealed class InputException(string message) : Exception(message);
