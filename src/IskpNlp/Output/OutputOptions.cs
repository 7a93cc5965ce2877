using IskpNlp.Pipeline;

namespace IskpNlp.Output;

/// <summary>The <c>output</c> block of pipeline.yaml.</summary>
public sealed class OutputOptions
{
    /// <summary>The default of <see cref="CheckpointEvery"/>.</summary>
    public const int DefaultCheckpointEvery = 1000;

    /// <summary>The default of <see cref="CheckpointSeconds"/>.</summary>
    public const double DefaultCheckpointSeconds = 1;

    /// <summary>Write a UTF-8 byte-order mark so that Excel opens the CSVs as UTF-8. The default is false.</summary>
    public bool Excel { get; init; }

    /// <summary>
    /// Take a checkpoint (sync the partial files, record how far the run got) after this many written
    /// documents, or after <see cref="CheckpointSeconds"/>, whichever comes first. The default is 1000.
    /// </summary>
    public int CheckpointEvery { get; init; } = DefaultCheckpointEvery;

    /// <summary>The longest time between two checkpoints while documents are being written. The default is 1 second.</summary>
    public double CheckpointSeconds { get; init; } = DefaultCheckpointSeconds;

    /// <exception cref="PipelineConfigException">A value is of the wrong type or out of range.</exception>
    public static OutputOptions Read(OptionsReader reader) => new()
    {
        Excel = reader.Boolean("excel", false),
        CheckpointEvery = reader.Integer("checkpoint_every", DefaultCheckpointEvery, 1, 10_000_000),
        CheckpointSeconds = reader.Number("checkpoint_seconds", DefaultCheckpointSeconds, 0.01, 3600),
    };
}
