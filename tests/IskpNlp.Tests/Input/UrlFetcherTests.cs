using System.Net;
using System.Text;
using IskpNlp.Input;
using Microsoft.Extensions.Time.Testing;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class UrlFetcherTests
{
    private static readonly Uri Page = new("http://a.test/page");

    [TestMethod]
    public void FetchAsync_TransientThenOk_RetriesWithGrowingJitteredBackoff()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => Status(HttpStatusCode.ServiceUnavailable), _ => Status(HttpStatusCode.BadGateway), _ => Status(HttpStatusCode.InternalServerError), _ => Html("<p>Fine.</p>"));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxRetries = 3, BaseDelayMs = 1000, MaxDelayMs = 60_000 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.IsTrue(result.Ok, result.Error);
        Assert.AreEqual(4, result.Attempts);
        var gaps = handler.Gaps();
        Assert.HasCount(3, gaps);
        // Exponential with jitter: each wait positive, the series growing on average, none over the cap.
        Assert.IsTrue(gaps.All(g => g > TimeSpan.Zero && g <= TimeSpan.FromSeconds(60)), string.Join(", ", gaps));
        Assert.IsGreaterThan(gaps[0], gaps[2], string.Join(", ", gaps));
    }

    [TestMethod]
    public void FetchAsync_Retries_JitterDrawnFromTheGivenRandomizer()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => Status(HttpStatusCode.ServiceUnavailable), _ => Status(HttpStatusCode.ServiceUnavailable), _ => Html("x"));
        int draws = 0;
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxRetries = 2, BaseDelayMs = 500 }, () =>
        {
            Interlocked.Increment(ref draws);
            return 0.5;
        });
        Assert.IsTrue(Drive(fetcher.FetchAsync(Page, default), time).Ok);
        Assert.IsGreaterThanOrEqualTo(2, draws, "one draw per backoff at least");
    }

    [TestMethod]
    public void FetchAsync_429WithRetryAfter_WaitsWhatTheServerAsked()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => TooMany(TimeSpan.FromSeconds(7)), _ => Html("<p>Now.</p>"));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxRetries = 3, BaseDelayMs = 10 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.IsTrue(result.Ok, result.Error);
        var gap = handler.Gaps().Single();
        // At least what was asked; the fake clock moves in 50 ms steps while the retry is scheduled, hence the margin.
        Assert.IsTrue(gap >= TimeSpan.FromSeconds(7) && gap < TimeSpan.FromSeconds(9), gap.ToString());
    }

    [TestMethod]
    public void FetchAsync_RetryAfterLongerThanMaxDelay_FailsAtOnceSayingSo()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => TooMany(TimeSpan.FromHours(1)));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxRetries = 3, MaxDelayMs = 30_000 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.AreEqual(1, result.Attempts);
        StringAssert.Contains(result.Error, "HTTP 429");
        StringAssert.Contains(result.Error, "asked to wait 3600 s");
    }

    [TestMethod]
    public void FetchAsync_AlwaysFailing_OneAttemptPlusMaxRetriesAndLastStatus()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => Status(HttpStatusCode.InternalServerError));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxRetries = 4, BaseDelayMs = 100, BreakerMinimumThroughput = 100 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.AreEqual(5, result.Attempts);
        Assert.AreEqual(5, handler.Requests);
        Assert.AreEqual("HTTP 500 Internal Server Error (5 attempts)", result.Error);
    }

    [TestMethod]
    public void FetchAsync_ConnectionReset_Retried()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => throw new HttpRequestException("reset", new IOException("Connection reset by peer")), _ => Html("<p>Back.</p>"));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { BaseDelayMs = 10 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.IsTrue(result.Ok, result.Error);
        Assert.AreEqual(2, result.Attempts);
    }

    [TestMethod]
    public void FetchAsync_NoAnswerWithinTimeout_RetriedThenFailsNamingTheTimeout()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, async token =>
        {
            await Task.Delay(TimeSpan.FromMinutes(10), time, token);
            return Html("late");
        });
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { TimeoutSeconds = 2, MaxRetries = 1, BaseDelayMs = 10 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.AreEqual(2, result.Attempts);
        StringAssert.Contains(result.Error, "no answer within 2 s");
    }

    [TestMethod]
    [DataRow("application/pdf")]
    [DataRow("image/png")]
    public void FetchAsync_NotHtmlOrText_FailsNamingTheContentTypeWithoutRetry(string mediaType)
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => Body("%PDF-1.7", mediaType));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions());
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        Assert.AreEqual($"content type {mediaType} is not HTML or text", result.Error);
        Assert.AreEqual(1, handler.Requests);
    }

    [TestMethod]
    public void FetchAsync_BodyOverMaxBytes_FailsWithoutRetry()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, _ => Html(new string('x', 5000)));
        using var fetcher = CreateSut(handler, time, new HttpFetchOptions { MaxBytes = 1024 });
        var result = Drive(fetcher.FetchAsync(Page, default), time);
        StringAssert.Contains(result.Error, "max_bytes");
        Assert.AreEqual(1, handler.Requests);
    }

    [TestMethod]
    public void FetchAsync_HostKeepsFailing_ItsCircuitOpensAndOtherHostsGoOn()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler(time, request => request.RequestUri!.Host == "down.test" ? Status(HttpStatusCode.ServiceUnavailable) : Html("<p>Up.</p>"));
        var options = new HttpFetchOptions { MaxRetries = 0, BreakerMinimumThroughput = 4, BreakerFailureRatio = 0.5, BreakerBreakSeconds = 60 };
        using var fetcher = CreateSut(handler, time, options);
        var results = Enumerable.Range(0, 10).Select(i => Drive(fetcher.FetchAsync(new Uri($"http://down.test/{i}"), default), time)).ToList();
        Assert.IsTrue(results.All(r => !r.Ok));
        Assert.IsTrue(results.Any(r => r.Error.Contains("circuit open", StringComparison.Ordinal)), string.Join("; ", results.Select(r => r.Error)));
        Assert.IsLessThan(10, handler.Requests, "an open circuit sends no request");
        Assert.IsTrue(Drive(fetcher.FetchAsync(new Uri("http://up.test/a"), default), time).Ok);
    }

    private static UrlFetcher CreateSut(HttpMessageHandler handler, TimeProvider time, HttpFetchOptions options, Func<double>? random = null) =>
        new(options, handler, time, random ?? new Random(1).NextDouble);

    // Runs the fetch to its end, moving the fake clock on while it waits for a backoff or a timeout.
    private static FetchResult Drive(Task<FetchResult> task, FakeTimeProvider time)
    {
        var guard = System.Diagnostics.Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            Assert.IsLessThan(TimeSpan.FromSeconds(30), guard.Elapsed, "the fetch never ended");
            time.Advance(TimeSpan.FromMilliseconds(50));
            Thread.Sleep(1);
        }
        return task.GetAwaiter().GetResult();
    }

    private static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent("") };

    private static HttpResponseMessage TooMany(TimeSpan after)
    {
        var response = Status(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
        return response;
    }

    private static HttpResponseMessage Html(string html) => Body(html, "text/html");

    private static HttpResponseMessage Body(string text, string mediaType) =>
        new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    /// <summary>Answers request N with the Nth script entry (the last one repeats), noting when each came.</summary>
    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly TimeProvider _time;
        private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] _script;
        private readonly List<DateTimeOffset> _times = [];

        public ScriptedHandler(TimeProvider time, params Func<HttpRequestMessage, HttpResponseMessage>[] script)
        {
            _time = time;
            _script = [.. script.Select(s => (Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>)((r, _) => Task.FromResult(s(r))))];
        }

        public ScriptedHandler(TimeProvider time, Func<CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _time = time;
            _script = [(_, token) => answer(token)];
        }

        public int Requests
        {
            get
            {
                lock (_times)
                {
                    return _times.Count;
                }
            }
        }

        public List<TimeSpan> Gaps()
        {
            lock (_times)
            {
                return [.. _times.Zip(_times.Skip(1), (a, b) => b - a)];
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int index;
            lock (_times)
            {
                index = _times.Count;
                _times.Add(_time.GetUtcNow());
            }
            return _script[Math.Min(index, _script.Length - 1)](request, cancellationToken);
        }
    }
}
