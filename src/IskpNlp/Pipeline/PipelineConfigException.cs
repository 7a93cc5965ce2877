namespace IskpNlp.Pipeline;

/// <summary>
/// pipeline.yaml (or a file it names) is wrong. The message names the file, line, key, the value
/// and what is allowed; the run stops before any document is read.
/// </summary>
public sealed class PipelineConfigException : Exception
{
    public PipelineConfigException(string message)
        : base(message)
    {
    }

    public PipelineConfigException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public static PipelineConfigException At(string file, long line, long column, string message) =>
        new($"{file}:{line}:{column}: {message}");
}
