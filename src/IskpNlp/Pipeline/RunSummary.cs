namespace IskpNlp.Pipeline;

/// <summary>What a run did: counts by status, tokens, elapsed time and where the time went.</summary>
public sealed record RunSummary(
    int Documents,
    int Ok,
    int Failed,
    long Tokens,
    TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes)
{
    /// <summary>Documents written by the interrupted run(s) that this run resumed; 0 for a fresh run.</summary>
    public int Resumed { get; init; }

    /// <summary>Tokens of the resumed documents, left out of <see cref="TokensPerSecond"/>: this run did not process them.</summary>
    public long ResumedTokens { get; init; }

    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? (Tokens - ResumedTokens) / Elapsed.TotalSeconds : 0;
}
