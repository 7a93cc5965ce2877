using System.Diagnostics;
using IskpNlp.Documents;

namespace IskpNlp.Pipeline;

/// <summary>
/// The built pipeline: its stages in order, immutable and shared by every worker. A stage's exception
/// fails that document (with stage name, document id and reason) and the next document goes on.
/// </summary>
public sealed class StagePipeline
{
    private readonly IStage[] _stages;
    private readonly long[] _ticks;
    private long _tokens;

    internal StagePipeline(IStage[] stages)
    {
        _stages = stages;
        _ticks = new long[stages.Length];
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Tokens seen so far by all workers.</summary>
    public long Tokens => Interlocked.Read(ref _tokens);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (int i = 0; i < _stages.Length && document.Status == DocumentStatus.Ok; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long start = Stopwatch.GetTimestamp();
            try
            {
                _stages[i].Process(document, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                document.Fail($"stage '{_stages[i].Info.Name}' failed on document '{document.Id}': {ex.GetType().Name}: {ex.Message}");
            }
            Interlocked.Add(ref _ticks[i], Stopwatch.GetTimestamp() - start);
        }
        document.SortMentions();
        Interlocked.Add(ref _tokens, document.Tokens.Length);
    }

    /// <summary>Time spent in each stage so far, summed over workers.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes() =>
        _stages.Select((s, i) => (s.Info.Name, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[i])))).ToArray();
}
