using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// A <c>.urls</c> file: one http(s) URL a line (blank lines and lines starting with <c>#</c> are
/// skipped). Each URL is fetched through <see cref="UrlFetcher"/>, up to
/// <see cref="HttpFetchOptions.Concurrency"/> at a time, and becomes a document in file order: the
/// article text of an HTML page as for .html files, or a text/plain body as it is; <c>doc_id</c> and
/// source are the URL. A URL that still fails after its retries is a failed document with the last error.
/// </summary>
public sealed class UrlSource : IIdFilteredSource, IDisposable
{
    public const string Extension = ".urls";

    private const int WindowPerRequest = 8;

    private readonly string _path;
    private readonly HttpFetchOptions _options;
    private readonly UrlFetcher _fetcher;

    /// <param name="path">The .urls file.</param>
    /// <param name="options">How to fetch.</param>
    public UrlSource(string path, HttpFetchOptions options)
        : this(path, options, new UrlFetcher(options))
    {
    }

    internal UrlSource(string path, HttpFetchOptions options, UrlFetcher fetcher)
    {
        ArgumentNullException.ThrowIfNull(options);
        _path = Path.GetFullPath(path);
        _options = options;
        _fetcher = fetcher;
    }

    public string Description => _path;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken) => Read(_ => true, start, cancellationToken);

    public IEnumerable<Document> Read(Func<string, bool> include, int start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        // Documents leave a window of started fetches in file order; the gate keeps at most Concurrency
        // requests in flight. The window is wider than the gate so that one URL waiting out a
        // Retry-After at its head does not hold back the fetches behind it.
        // Not disposed: fetches still running when reading stops early release it afterwards.
        var gate = new SemaphoreSlim(_options.Concurrency);
        var window = new Queue<Task<Document>>();
        foreach (var (line, text) in Lines().Where(l => include(l.Text)).Skip(start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            window.Enqueue(DocumentAsync(line, text, gate, cancellationToken));
            if (window.Count >= _options.Concurrency * WindowPerRequest)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    public void Dispose() => _fetcher.Dispose();

    private IEnumerable<(int Line, string Text)> Lines()
    {
        using var reader = new StreamReader(_path, detectEncodingFromByteOrderMarks: true);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            string text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            yield return (number, text);
        }
    }

    private async Task<Document> DocumentAsync(int line, string text, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await FetchDocumentAsync(line, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A page that breaks the decoder or the HTML extractor fails alone, like a broken file.
            return SourceDocument.Failed(text, text, $"{text}: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Document> FetchDocumentAsync(int line, string text, CancellationToken cancellationToken)
    {
        string fileName = Path.GetFileName(_path);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return SourceDocument.Failed(text, text, $"{fileName} line {line}: '{Shorten(text)}' is not an http or https URL");
        }
        var result = await _fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        if (!result.Ok)
        {
            return SourceDocument.Failed(text, text, $"{text}: {result.Error}");
        }
        if (!TextDecoder.TryDecode(result.Body, result.Charset, out string body, out string reason))
        {
            return SourceDocument.Failed(text, text, $"{text}: {reason}");
        }
        bool html = UrlFetcher.IsHtml(result.MediaType) || (result.MediaType.Length == 0 && LooksLikeHtml(body));
        if (html)
        {
            var page = HtmlTextExtractor.Extract(body);
            return new Document(text, page.Text, new DocumentInfo { Source = text, Url = text, Title = page.Title, Date = page.Date });
        }
        return new Document(text, body, new DocumentInfo { Source = text, Url = text });
    }

    private static bool LooksLikeHtml(string body)
    {
        var start = body.AsSpan(0, Math.Min(body.Length, 1024)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || body.AsSpan(0, Math.Min(body.Length, 4096)).Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
