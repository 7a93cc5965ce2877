using IskpNlp.Input;
using IskpNlp.Output;

namespace IskpNlp.Pipeline;

/// <summary>pipeline.yaml, read and validated, with every default filled in.</summary>
public sealed class PipelineConfig
{
    public required string File { get; init; }

    /// <summary>The stages in the order they run.</summary>
    public required IReadOnlyList<StageConfig> Stages { get; init; }

    public required InputOptions Input { get; init; }

    public required OutputOptions Output { get; init; }

    /// <summary>Worker threads; the file's 0 means one per core. Resolved here to a positive number.</summary>
    public required int Parallelism { get; init; }

    /// <summary>The options of stage <typeparamref name="TOptions"/>, if that stage is in the pipeline.</summary>
    public TOptions? OptionsOf<TOptions>()
        where TOptions : class =>
        Stages.Select(s => s.Options).OfType<TOptions>().FirstOrDefault();
}
