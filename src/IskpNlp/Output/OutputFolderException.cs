namespace IskpNlp.Output;

/// <summary>
/// The output folder cannot be used as asked: it holds an unfinished run and --resume was not given,
/// or --resume was given for a different configuration or input (a usage error: exit code 2).
/// </summary>
public sealed class OutputFolderException(string message) : Exception(message);
