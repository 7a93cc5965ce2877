using System.Diagnostics;
using System.Threading.Channels;
using IskpNlp.Documents;

namespace IskpNlp.Pipeline;

/// <summary>
/// Streams documents through the pipeline: one reader, <c>parallelism</c> workers, one writer that
/// receives documents in input order. Memory is bounded by the queue and by the text in flight, not by the corpus.
/// </summary>
public sealed class PipelineRunner
{
    private readonly StagePipeline _pipeline;
    private readonly int _parallelism;

    /// <summary>The default of the text (UTF-16 characters) held in flight: 32 M characters, 64 MB of strings.</summary>
    public const long DefaultMaxCharsInFlight = 32L * 1024 * 1024;

    private readonly long _maxCharsInFlight;

    /// <param name="pipeline">The built stages.</param>
    /// <param name="parallelism">Worker threads.</param>
    /// <param name="maxCharsInFlight">Text held between reader and writer at most, besides the document being read; one larger document goes through alone.</param>
    public PipelineRunner(StagePipeline pipeline, int parallelism, long maxCharsInFlight = DefaultMaxCharsInFlight)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharsInFlight, 1);
        _pipeline = pipeline;
        _parallelism = parallelism;
        _maxCharsInFlight = maxCharsInFlight;
    }

    /// <param name="documents">The input, read lazily on one thread.</param>
    /// <param name="write">Called on one thread, once per document, in input order.</param>
    /// <param name="progress">Called after each written document with the count so far (optional).</param>
    public RunSummary Run(IEnumerable<Document> documents, Action<Document> write, CancellationToken cancellationToken, Action<int>? progress = null) =>
        Run<Document>(documents, static document => document, (_, document) => write(document), cancellationToken, progress);

    /// <summary>
    /// As <see cref="Run(IEnumerable{Document}, Action{Document}, CancellationToken, Action{int})"/>, with
    /// <paramref name="prepare"/> run on the worker after the stages (rendering output rows, say), so
    /// that the one writing thread has only to write what it gets.
    /// </summary>
    public RunSummary Run<TPrepared>(IEnumerable<Document> documents, Func<Document, TPrepared> prepare, Action<Document, TPrepared> write, CancellationToken cancellationToken, Action<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        int capacity = _parallelism * 8;
        var work = Channel.CreateBounded<(Document Document, TaskCompletionSource<TPrepared> Done)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = false });
        var order = Channel.CreateBounded<(Document Document, TaskCompletionSource<TPrepared> Done)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        var budget = new InFlightBudget(_maxCharsInFlight);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var document in documents)
                {
                    budget.Acquire(document.Text.Length, token);
                    var item = (document, new TaskCompletionSource<TPrepared>(TaskCreationOptions.RunContinuationsAsynchronously));
                    // The order queue bounds how far the reader runs ahead of the writer.
                    await order.Writer.WriteAsync(item, token).ConfigureAwait(false);
                    await work.Writer.WriteAsync(item, token).ConfigureAwait(false);
                }
            }
            finally
            {
                work.Writer.TryComplete();
                order.Writer.TryComplete();
            }
        }, token);

        var workers = Enumerable.Range(0, _parallelism).Select(_ => Task.Run(async () =>
        {
            await foreach (var (document, done) in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                try
                {
                    _pipeline.Process(document, token);
                    done.SetResult(prepare(document));
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                    throw;
                }
            }
        }, token)).ToArray();

        int ok = 0, failed = 0;
        try
        {
            while (order.Reader.WaitToReadAsync(token).AsTask().GetAwaiter().GetResult())
            {
                while (order.Reader.TryRead(out var item))
                {
                    // With the token: once cancelled, the workers stop and this document may never be done.
                    token.ThrowIfCancellationRequested();
                    var prepared = item.Done.Task.WaitAsync(token).GetAwaiter().GetResult();
                    write(item.Document, prepared);
                    budget.Release(item.Document.Text.Length);
                    if (item.Document.Status == DocumentStatus.Ok)
                    {
                        ok++;
                    }
                    else
                    {
                        failed++;
                    }
                    progress?.Invoke(ok + failed);
                }
            }
            reader.GetAwaiter().GetResult();
            Task.WaitAll(workers, token);
        }
        catch
        {
            linked.Cancel();
            throw;
        }
        return new RunSummary(ok + failed, ok, failed, _pipeline.Tokens, clock.Elapsed, _pipeline.StageTimes());
    }
}
