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
    public double TokensPerSecond => Elapsed.TotalSeconds > 0 ? Tokens / Elapsed.TotalSeconds : 0;
}
