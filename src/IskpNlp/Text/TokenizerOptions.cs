namespace IskpNlp.Text;

/// <summary>
/// Options of the <c>tokenizer</c> stage. It has none: its rules are fixed so that every later
/// stage and every model trained on its tokens sees the same tokens. A key in its pipeline.yaml
/// block is an error.
/// </summary>
internal sealed class TokenizerOptions
{
    public static readonly TokenizerOptions Default = new();

    /// <summary>Reads the (empty) <c>stages.tokenizer</c> block.</summary>
    /// <exception cref="Pipeline.PipelineConfigException">Never here; the caller's <c>Finish</c> rejects any key.</exception>
    public static TokenizerOptions Read(Pipeline.OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Default;
    }
}
