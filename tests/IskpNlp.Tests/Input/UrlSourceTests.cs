using System.Globalization;
using IskpNlp.Documents;
using IskpNlp.Input;
using IskpNlp.Output;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class UrlSourceTests
{
    private const int MaxRetries = 4;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Run_FlakyServer_EveryUrlOkOrFailedWithReasonNoneLostNoneOverFetched()
    {
        // 30% of requests fail (503, 500, reset, 429 + Retry-After: 1), 5% more stall past the 1 s timeout.
        using var server = new FlakyHttpServer(seed: 11, failureRate: 0.30, stallRate: 0.05, stall: TimeSpan.FromSeconds(2.5));
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 150).Select(i => (i % 10) switch { 0 => $"/pdf/{i}", 1 or 2 => $"/text/{i}", _ => $"/page/{i}" }).ToList();
        string list = folder.File("links.urls",
            "# collected 2024-04\n\n" + string.Join("\n", paths.Select(p => new Uri(server.BaseUri, p).ToString())) + "\nnot a url\nftp://127.0.0.1/file\n");
        string config = TestPipeline.Write(folder,
            "input:\n  http:\n    timeout_seconds: 1\n    max_retries: 4\n    base_delay_ms: 20\n    max_delay_ms: 2000\n" +
            "    breaker_failure_ratio: 0.5\n    breaker_minimum_throughput: 10\n    breaker_break_seconds: 1\n    concurrency: 8\n");
        string output = Path.Combine(folder.Path, "out");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = CorpusRun.Execute(PipelineConfigReader.Load(config), list, output, default);
        var rows = DocumentsCsv.Read(output);

        Assert.HasCount(paths.Count + 2, rows, "one row per URL line");
        CollectionAssert.AreEqual(paths.Select(p => new Uri(server.BaseUri, p).ToString()).Append("not a url").Append("ftp://127.0.0.1/file").ToList(), rows.Select(r => r["doc_id"]).ToList(), "rows in file order");
        foreach (var row in rows)
        {
            Assert.IsTrue(row["status"] == "ok" || (row["status"] == "failed" && row["error"].Length > 0), $"{row["doc_id"]}: {row["status"]} '{row["error"]}'");
        }
        foreach (string path in paths)
        {
            Assert.IsLessThanOrEqualTo(1 + MaxRetries, server.RequestsFor(path), $"{path} fetched {server.RequestsFor(path)} times");
            var row = rows.Single(r => r["doc_id"] == new Uri(server.BaseUri, path).ToString());
            if (path.StartsWith("/pdf/", StringComparison.Ordinal))
            {
                Assert.AreEqual("failed", row["status"]);
            }
            if (row["status"] == "ok")
            {
                Assert.IsGreaterThan(0, int.Parse(row["chars"], CultureInfo.InvariantCulture), path);
                Assert.AreEqual(row["doc_id"], row["source"]);
            }
        }
        Assert.IsTrue(rows.Where(r => r["doc_id"].Contains("/pdf/", StringComparison.Ordinal)).Any(r => r["error"].Contains("content type application/pdf is not HTML or text", StringComparison.Ordinal)));
        StringAssert.Contains(rows[^2]["error"], "not an http or https URL");
        StringAssert.Contains(rows[^1]["error"], "not an http or https URL");
        Assert.IsTrue(rows.Where(r => r["doc_id"].Contains("/page/", StringComparison.Ordinal)).All(r => r["status"] == "ok" ? r["title"].StartsWith("Page ", StringComparison.Ordinal) : r["error"].Length > 0));

        int ok = rows.Count(r => r["status"] == "ok");
        int htmlOrText = paths.Count(p => !p.StartsWith("/pdf/", StringComparison.Ordinal));
        TestContext.WriteLine(
            $"{paths.Count} URLs + 2 bad lines in {clock.Elapsed.TotalSeconds:F1} s: {server.TotalRequests} requests ({server.Failures} failed on purpose, {server.Stalls} stalled), " +
            $"max {server.Requests.Values.Max()} per URL; {ok} ok of {htmlOrText} HTML/text URLs, {rows.Count - ok} failed with a reason, 0 lost; summary ok {summary.Ok} failed {summary.Failed}");
    }

    [TestMethod]
    public void Read_FromPosition_FetchesNothingBefore()
    {
        using var server = new FlakyHttpServer(seed: 1, failureRate: 0, stallRate: 0, stall: TimeSpan.Zero);
        using var folder = new TempFolder();
        string list = folder.File("l.urls", string.Join("\n", Enumerable.Range(0, 6).Select(i => new Uri(server.BaseUri, $"/page/{i}").ToString())));
        using var source = new UrlSource(list, new HttpFetchOptions { Concurrency = 3 });
        var documents = source.Read(4, default).ToList();
        CollectionAssert.AreEqual(new[] { "Page 4", "Page 5" }, documents.Select(d => d.Info.Title).ToArray());
        Assert.AreEqual(2, server.TotalRequests);
    }

    [TestMethod]
    public void Read_HtmlAndTextPages_ArticleTextAndUrlAsSource()
    {
        using var server = new FlakyHttpServer(seed: 1, failureRate: 0, stallRate: 0, stall: TimeSpan.Zero);
        using var folder = new TempFolder();
        string page = new Uri(server.BaseUri, "/page/3").ToString();
        string text = new Uri(server.BaseUri, "/text/4").ToString();
        string missing = new Uri(server.BaseUri, "/nothing").ToString();
        string list = folder.File("l.urls", $"{page}\n  {text}  \n# comment\n{missing}\n");
        using var source = new UrlSource(list, new HttpFetchOptions { MaxRetries = 1, BaseDelayMs = 1 });
        var documents = source.Read(default).ToList();
        Assert.HasCount(3, documents);
        Assert.AreEqual("Page 3\n\nRecruiters in Dushanbe approached migrants, report 3 says.", documents[0].Text);
        Assert.AreEqual(page, documents[0].Id);
        Assert.AreEqual(page, documents[0].Info.Source);
        Assert.AreEqual(page, documents[0].Info.Url);
        Assert.AreEqual("Plain text 4. Kabul, March 4.", documents[1].Text);
        Assert.AreEqual(DocumentStatus.Failed, documents[2].Status);
        StringAssert.Contains(documents[2].Error, "HTTP 404");
        Assert.AreEqual(1, server.RequestsFor("/nothing"), "a 404 is not retried");
    }

    [TestMethod]
    public void Read_InShard_FetchesOnlyThatShardsUrls()
    {
        using var server = new FlakyHttpServer(seed: 1, failureRate: 0, stallRate: 0, stall: TimeSpan.Zero);
        using var folder = new TempFolder();
        var urls = Enumerable.Range(0, 40).Select(i => new Uri(server.BaseUri, $"/page/{i}").ToString()).ToList();
        string list = folder.File("l.urls", string.Join("\n", urls));
        var shard = new ShardSpec(1, 3);
        using var source = new UrlSource(list, new HttpFetchOptions());
        var documents = new ShardedSource(source, shard).Read(default).ToList();
        CollectionAssert.AreEqual(urls.Where(shard.Contains).ToList(), documents.Select(d => d.Id).ToList());
        Assert.AreEqual(documents.Count, server.TotalRequests, "no URL of another shard is fetched");
    }
}
