using IskpNlp.Pipeline;

namespace IskpNlp.Input;

/// <summary>
/// The <c>input.http</c> block of pipeline.yaml: how the URLs of a <c>.urls</c> input are fetched
/// (per-attempt timeout, retries with jittered exponential backoff, a circuit breaker per host).
/// </summary>
public sealed class HttpFetchOptions
{
    public static readonly HttpFetchOptions Default = new();

    /// <summary>Longest time one attempt (request and body) may take. The default is 30 seconds.</summary>
    public double TimeoutSeconds { get; init; } = 30;

    /// <summary>Retries after the first attempt, on 5xx, 408, 429, timeouts and broken connections. The default is 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff delay; it doubles with each retry, with jitter. The default is 500 ms.</summary>
    public int BaseDelayMs { get; init; } = 500;

    /// <summary>
    /// The longest backoff delay, and the longest Retry-After the fetcher waits for: a server asking for
    /// more fails the URL with its answer. The default is 30,000 ms.
    /// </summary>
    public int MaxDelayMs { get; init; } = 30_000;

    /// <summary>Share of failed attempts to one host, over 30 seconds, that opens its circuit. The default is 0.5.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Attempts to a host within 30 seconds before its circuit may open. The default is 10.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>How long an open circuit refuses requests to its host. The default is 30 seconds.</summary>
    public double BreakerBreakSeconds { get; init; } = 30;

    /// <summary>The User-Agent header. The default is <c>iskp-nlp/VERSION</c>.</summary>
    public string UserAgent { get; init; } = "iskp-nlp/" + Output.RunReport.ProgramVersion;

    /// <summary>Largest response body read; a bigger page fails with a reason. The default is 20 MB.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>URLs fetched at the same time (documents still come out in input order). The default is 4.</summary>
    public int Concurrency { get; init; } = 4;

    /// <exception cref="PipelineConfigException">A value is of the wrong type or out of range.</exception>
    public static HttpFetchOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new HttpFetchOptions
        {
            TimeoutSeconds = reader.Number("timeout_seconds", Default.TimeoutSeconds, 0.05, 600),
            MaxRetries = reader.Integer("max_retries", Default.MaxRetries, 0, 20),
            BaseDelayMs = reader.Integer("base_delay_ms", Default.BaseDelayMs, 1, 600_000),
            MaxDelayMs = reader.Integer("max_delay_ms", Default.MaxDelayMs, 1, 3_600_000),
            BreakerFailureRatio = reader.Number("breaker_failure_ratio", Default.BreakerFailureRatio, 0.01, 1),
            BreakerMinimumThroughput = reader.Integer("breaker_minimum_throughput", Default.BreakerMinimumThroughput, 2, 100_000),
            BreakerBreakSeconds = reader.Number("breaker_break_seconds", Default.BreakerBreakSeconds, 0.5, 86_400),
            UserAgent = reader.String("user_agent", Default.UserAgent),
            MaxBytes = reader.Integer("max_bytes", (int)Default.MaxBytes, 1024, FileDocumentReader.MaxFileBytes > int.MaxValue ? int.MaxValue : (int)FileDocumentReader.MaxFileBytes),
            Concurrency = reader.Integer("concurrency", Default.Concurrency, 1, 64),
        };
        reader.Finish();
        if (options.MaxDelayMs < options.BaseDelayMs)
        {
            throw new PipelineConfigException(
                $"{reader.File}: '{reader.Path}.max_delay_ms' ({options.MaxDelayMs}) is less than '{reader.Path}.base_delay_ms' ({options.BaseDelayMs})");
        }
        if (options.UserAgent.Length == 0 || options.UserAgent.Any(char.IsControl))
        {
            throw new PipelineConfigException($"{reader.File}: '{reader.Path}.user_agent' must be a non-empty line of text");
        }
        return options;
    }
}
