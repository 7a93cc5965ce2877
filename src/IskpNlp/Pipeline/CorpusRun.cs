using IskpNlp.Documents;
using IskpNlp.Input;
using IskpNlp.Output;

namespace IskpNlp.Pipeline;

/// <summary>
/// <c>iskp-nlp run</c> as one function: build the pipeline (configuration errors stop here, before
/// any input is read), stream the input through it and write the output folder.
/// </summary>
public static class CorpusRun
{
    /// <exception cref="PipelineConfigException">The configuration is wrong.</exception>
    /// <exception cref="InputException">The input path cannot be read at all.</exception>
    public static RunSummary Execute(PipelineConfig config, string input, string outputFolder, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var pipeline = PipelineBuilder.Build(config);
        var source = DocumentSources.Open(input, config.Input);
        var started = DateTimeOffset.UtcNow;
        using var writer = new OutputWriter(outputFolder, config.Output);
        var summary = new PipelineRunner(pipeline, config.Parallelism).Run(source.Read(cancellationToken), writer.Write, cancellationToken, progress);
        writer.Complete();
        RunReport.Write(writer.Folder, RunReport.Create(config, pipeline, source.Description, started, DateTimeOffset.UtcNow, summary));
        return summary;
    }

    /// <summary>Runs the pipeline over <paramref name="documents"/> in memory and returns them processed, in order.</summary>
    public static IReadOnlyList<Document> Process(PipelineConfig config, IEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var pipeline = PipelineBuilder.Build(config);
        var processed = new List<Document>();
        new PipelineRunner(pipeline, config.Parallelism).Run(documents, processed.Add, cancellationToken);
        return processed;
    }
}
