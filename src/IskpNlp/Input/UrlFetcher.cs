using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace IskpNlp.Input;

/// <summary>
/// Fetches URLs with one <see cref="HttpClient"/> through a Polly v8 pipeline per host, each built
/// once from <see cref="HttpFetchOptions"/>: retry (jittered exponential backoff, Retry-After
/// honoured) around a circuit breaker (one per host, so one failing site cannot stop the others)
/// around a per-attempt timeout. Time and chance come from outside, for tests.
/// </summary>
internal sealed class UrlFetcher : IDisposable
{
    /// <summary>Media types read as HTML; text/plain is read as it is.</summary>
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    private static readonly TimeSpan BreakerSampling = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;
    private readonly HttpFetchOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<double>? _random;
    private readonly ResiliencePipelineRegistry<string> _pipelines = new();

    /// <param name="options">Timeouts, retries, breaker and limits.</param>
    /// <param name="handler">The HTTP handler; a <see cref="SocketsHttpHandler"/> by default.</param>
    /// <param name="time">The clock of timeouts, backoff and the breaker; the system clock by default.</param>
    /// <param name="random">The jitter's source of numbers in [0, 1); Polly's own by default.</param>
    public UrlFetcher(HttpFetchOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _random = random;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        })
        {
            // Polly's timeout strategy times each attempt; the client's own would cut across retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
        // Build one host's pipeline now, so that invalid options fail at start-up rather than at the first URL.
        Pipeline("");
    }

    /// <summary>Fetches <paramref name="uri"/>; never throws for the URL's own failures, only for cancellation.</summary>
    public async Task<FetchResult> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        int attempts = 0;
        var pipeline = Pipeline(uri.IdnHost + ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendAsync(uri, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException or FetchRefusedException)
        {
            return FetchResult.Failed(Describe(ex) + Tries(attempts), attempts);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                string wait = response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } after
                    ? $"; the server asked to wait {after.TotalSeconds:F0} s, more than input.http.max_delay_ms"
                    : "";
                return FetchResult.Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{wait}{Tries(attempts)}", attempts);
            }
            string mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            if (!IsReadable(mediaType))
            {
                return FetchResult.Failed($"content type {mediaType} is not HTML or text", attempts);
            }
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new FetchResult(body, mediaType, response.Content.Headers.ContentType?.CharSet, "", attempts);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _pipelines.Dispose();
    }

    /// <summary>Whether a body of this media type is read: HTML, XHTML, plain text, or unlabelled (then sniffed).</summary>
    public static bool IsReadable(string mediaType) => mediaType.Length == 0 || mediaType == "text/plain" || IsHtml(mediaType);

    public static bool IsHtml(string mediaType) => HtmlTypes.Contains(mediaType, StringComparer.Ordinal);

    // One attempt: the request, then, for a readable success, the body (under the same timeout, so a
    // server that stalls mid-body is retried like one that never answers).
    private async ValueTask<HttpResponseMessage> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            string mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            if (!response.IsSuccessStatusCode || !IsReadable(mediaType))
            {
                return response;
            }
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                throw new FetchRefusedException($"the page is {response.Content.Headers.ContentLength} bytes, over input.http.max_bytes ({_options.MaxBytes})");
            }
            var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            {
                byte[] buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > _options.MaxBytes)
                    {
                        throw new FetchRefusedException($"the page is over input.http.max_bytes ({_options.MaxBytes} bytes)");
                    }
                    body.Write(buffer, 0, read);
                }
            }
            var buffered = new ByteArrayContent(body.ToArray());
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Pipeline(string host) =>
        _pipelines.GetOrAddPipeline<HttpResponseMessage>(host, builder =>
        {
            builder.TimeProvider = _time;
            var retry = new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(_options.BaseDelayMs),
                MaxDelay = TimeSpan.FromMilliseconds(_options.MaxDelayMs),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome)),
            };
            if (_random is not null)
            {
                retry.Randomizer = _random;
            }
            if (_options.MaxRetries > 0)
            {
                builder.AddRetry(retry);
            }
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = _options.BreakerFailureRatio,
                MinimumThroughput = _options.BreakerMinimumThroughput,
                SamplingDuration = BreakerSampling,
                BreakDuration = TimeSpan.FromSeconds(_options.BreakerBreakSeconds),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
            builder.AddTimeout(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        });

    /// <summary>5xx, 408, 429, a timed-out attempt, a refused or reset connection.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { } response && IsTransient(response.StatusCode),
        TimeoutRejectedException or HttpRequestException or IOException or SocketException => true,
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    // Retry what is transient, unless the server (Retry-After) or an open circuit asks for a longer wait than allowed.
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is BrokenCircuitException broken)
        {
            return broken.RetryAfter is not { } after || after.TotalMilliseconds <= _options.MaxDelayMs;
        }
        if (!IsTransient(outcome))
        {
            return false;
        }
        return outcome.Result is not { } response || RetryAfter(response) is not { } wait || wait.TotalMilliseconds <= _options.MaxDelayMs;
    }

    // The server's Retry-After, or the rest of an open circuit's break; null lets the backoff decide.
    private TimeSpan? ServerDelay(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is BrokenCircuitException { RetryAfter: { } after })
        {
            return after;
        }
        return outcome.Result is { } response ? RetryAfter(response) : null;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException => $"no answer within {_options.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s (input.http.timeout_seconds)",
        BrokenCircuitException => "circuit open: too many failures from this host (input.http.breaker_*)",
        FetchRefusedException => ex.Message,
        _ => $"{ex.GetType().Name}: {Innermost(ex).Message}",
    };

    private static string Tries(int attempts) => attempts == 1 ? " (1 attempt)" : $" ({attempts} attempts)";

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }
        return ex;
    }
}
