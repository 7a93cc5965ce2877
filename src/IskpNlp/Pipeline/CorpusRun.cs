using IskpNlp.Documents;
using IskpNlp.Input;
using IskpNlp.Output;

namespace IskpNlp.Pipeline;

/// <summary>
/// <c>iskp-nlp run</c> as one function: build the pipeline (configuration errors stop here, before
/// any input is read), stream the input through it and write the output folder, with checkpoints
/// from which an interrupted run resumes.
/// </summary>
public static class CorpusRun
{
    /// <param name="config">The resolved configuration.</param>
    /// <param name="input">A folder, a .jsonl, .csv or .urls file, or one document file.</param>
    /// <param name="outputFolder">Where the CSV files, run.json and, while the run lasts, .checkpoint go.</param>
    /// <param name="cancellationToken">Stops the run after a last checkpoint.</param>
    /// <param name="progress">Called with the number of documents written so far, resumed ones included.</param>
    /// <param name="resume">
    /// Continue the unfinished run in <paramref name="outputFolder"/>: skip the documents its checkpoint
    /// counts and append to its partial files. Without a checkpoint the run starts from the first document.
    /// </param>
    /// <param name="timeProvider">The clock of checkpoint intervals and run.json times; the system clock by default.</param>
    /// <param name="shard">Process only this shard's documents (see <see cref="ShardSpec"/>); null processes all.</param>
    /// <exception cref="PipelineConfigException">The configuration is wrong.</exception>
    /// <exception cref="InputException">The input path cannot be read at all.</exception>
    /// <exception cref="OutputFolderException">
    /// The folder holds an unfinished run and <paramref name="resume"/> is false, or it is true and the
    /// checkpoint belongs to another configuration or input, or the partial files do not match it.
    /// </exception>
    public static RunSummary Execute(
        PipelineConfig config,
        string input,
        string outputFolder,
        CancellationToken cancellationToken,
        Action<int>? progress = null,
        bool resume = false,
        TimeProvider? timeProvider = null,
        ShardSpec? shard = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var pipeline = PipelineBuilder.Build(config);
        var whole = DocumentSources.Open(input, config.Input);
        using var disposable = whole as IDisposable;
        var source = shard is { } part ? new ShardedSource(whole, part) : whole;
        string folder = Path.GetFullPath(outputFolder);
        string configSha256 = RunReport.ConfigurationSha256(config, pipeline);
        string fingerprint = InputFingerprint.Of(input);
        var checkpoint = ReadCheckpoint(folder);
        if (checkpoint is not null && !resume)
        {
            throw new OutputFolderException(
                $"{folder} holds an unfinished run ({checkpoint.Documents} documents written); add --resume to continue it, " +
                $"or delete the folder (or its {Checkpoint.FileName} and *{OutputWriter.PartialSuffix} files) to start over");
        }
        if (checkpoint is not null)
        {
            CheckSameRun(folder, checkpoint, configSha256, source.Description, fingerprint);
            RestorePartialFiles(folder);
        }
        var started = time.GetUtcNow();
        CheckpointedOutput output;
        try
        {
            output = new CheckpointedOutput(folder, config.Output, configSha256, source.Description, fingerprint, checkpoint, time);
        }
        catch (InvalidDataException ex)
        {
            throw new OutputFolderException($"cannot resume {folder}: {ex.Message}; start over in a new folder");
        }
        using (output)
        {
            int resumed = output.Documents;
            long resumedTokens = output.Tokens;
            RunSummary summary;
            try
            {
                summary = new PipelineRunner(pipeline, config.Parallelism).Run(
                    source.Read(resumed, cancellationToken), OutputWriter.Render, output.Write, cancellationToken,
                    progress is null ? null : done => progress(resumed + done));
            }
            catch (OperationCanceledException)
            {
                // Every document handed to the writer is whole, so the files can be checkpointed as they are.
                output.Checkpoint();
                throw;
            }
            output.Complete();
            summary = summary with { Documents = output.Documents, Ok = output.Ok, Failed = output.Failed, Tokens = output.Tokens, Resumed = resumed, ResumedTokens = resumedTokens };
            var report = RunReport.Create(config, pipeline, whole.Description, started, time.GetUtcNow(), summary);
            report["configuration_sha256"] = configSha256;
            report["input_fingerprint"] = fingerprint;
            report["shard"] = shard is { } s ? new System.Text.Json.Nodes.JsonObject { ["index"] = s.Index, ["count"] = s.Count } : null;
            RunReport.Write(folder, report);
            Checkpoint.Delete(folder);
            return summary;
        }
    }

    /// <summary>Runs the pipeline over <paramref name="documents"/> in memory and returns them processed, in order.</summary>
    public static IReadOnlyList<Document> Process(PipelineConfig config, IEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var pipeline = PipelineBuilder.Build(config);
        var processed = new List<Document>();
        new PipelineRunner(pipeline, config.Parallelism).Run(documents, processed.Add, cancellationToken);
        return processed;
    }

    private static Checkpoint? ReadCheckpoint(string folder)
    {
        try
        {
            return Checkpoint.Read(folder);
        }
        catch (InvalidDataException ex)
        {
            throw new OutputFolderException($"{ex.Message}; delete it and the *{OutputWriter.PartialSuffix} files beside it to start over");
        }
    }

    private static void CheckSameRun(string folder, Checkpoint checkpoint, string configSha256, string input, string fingerprint)
    {
        if (checkpoint.ConfigSha256 != configSha256)
        {
            throw new OutputFolderException(
                $"cannot resume {folder}: the pipeline configuration, the program version or a model differs from the interrupted run's " +
                $"(configuration sha256 {checkpoint.ConfigSha256[..12]}… then, {configSha256[..12]}… now); " +
                "resume with the same pipeline.yaml, --set and --doc-date values and models, or start over in a new folder");
        }
        if (checkpoint.Input != input)
        {
            throw new OutputFolderException($"cannot resume {folder}: the interrupted run read '{checkpoint.Input}', this one reads '{input}'");
        }
        if (checkpoint.InputFingerprint != fingerprint)
        {
            throw new OutputFolderException(
                $"cannot resume {folder}: '{input}' changed since the interrupted run (files added, removed, resized or modified), " +
                "so its first documents may not be the ones already written; start over in a new folder");
        }
    }

    // A crash while the finished files were being renamed leaves some under their final names; the
    // checkpoint still stands for them, so they go back to being partial files.
    private static void RestorePartialFiles(string folder)
    {
        foreach (string name in OutputWriter.Files)
        {
            string partial = OutputWriter.PartialPath(folder, name);
            string final = Path.Combine(folder, name);
            if (!File.Exists(partial) && File.Exists(final))
            {
                DurableFile.Move(final, partial);
            }
        }
    }
}
