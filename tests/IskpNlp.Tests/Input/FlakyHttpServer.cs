using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IskpNlp.Tests.Input;

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 (ephemeral port, loopback only) for fetch tests. Paths:
/// <c>/page/N</c> HTML, <c>/text/N</c> plain text, <c>/pdf/N</c> a PDF. With <c>failureRate</c> > 0,
/// that share of requests fails at random (seeded, per path and attempt): 503, 500, a reset
/// connection, or 429 with Retry-After: 1; and a further <c>stallRate</c> of answers stall past the
/// client's timeout. Counts every request per path. Stops on dispose.
/// </summary>
internal sealed class FlakyHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly int _seed;
    private readonly double _failureRate;
    private readonly double _stallRate;
    private readonly TimeSpan _stall;
    private readonly Task _accepting;
    private int _failures;
    private int _stalls;

    public FlakyHttpServer(int seed, double failureRate, double stallRate, TimeSpan stall)
    {
        _seed = seed;
        _failureRate = failureRate;
        _stallRate = stallRate;
        _stall = stall;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public int Failures => Volatile.Read(ref _failures);

    public int Stalls => Volatile.Read(ref _stalls);

    public int TotalRequests => _requests.Values.Sum();

    public int RequestsFor(string path) => _requests.TryGetValue(path, out int count) ? count : 0;

    public IReadOnlyDictionary<string, int> Requests => _requests;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends the accept loop with an exception.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                string? path = await ReadRequestPathAsync(socket);
                if (path is null)
                {
                    return;
                }
                int attempt = _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
                var random = new Random(StableHash(path) ^ (attempt * 7919) ^ _seed);
                double roll = random.NextDouble();
                if (roll < _failureRate)
                {
                    Interlocked.Increment(ref _failures);
                    double kind = roll / _failureRate;
                    if (kind < 0.35)
                    {
                        await SendAsync(socket, 503, "Service Unavailable", "text/html", "<p>busy</p>");
                    }
                    else if (kind < 0.55)
                    {
                        await SendAsync(socket, 500, "Internal Server Error", "text/html", "<p>oops</p>");
                    }
                    else if (kind < 0.75)
                    {
                        // Linger 0: close with a TCP reset instead of an orderly shutdown.
                        socket.LingerState = new LingerOption(true, 0);
                        socket.Close();
                    }
                    else
                    {
                        await SendAsync(socket, 429, "Too Many Requests", "text/plain", "slow down", "Retry-After: 1\r\n");
                    }
                    return;
                }
                if (roll < _failureRate + _stallRate)
                {
                    Interlocked.Increment(ref _stalls);
                    await Task.Delay(_stall, _stop.Token);
                }
                await AnswerAsync(socket, path);
            }
            catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (timeout) or the server is stopping.
            }
        }
    }

    private static async Task AnswerAsync(Socket socket, string path)
    {
        string[] parts = path.Trim('/').Split('/');
        string n = parts.Length > 1 ? parts[1] : "0";
        switch (parts[0])
        {
            case "page":
                await SendAsync(socket, 200, "OK", "text/html; charset=utf-8",
                    $"<html><head><title>Page {n}</title></head><body><nav>Home</nav><article><h1>Page {n}</h1><p>Recruiters in Dushanbe approached migrants, report {n} says.</p></article></body></html>");
                break;
            case "text":
                await SendAsync(socket, 200, "OK", "text/plain; charset=utf-8", $"Plain text {n}. Kabul, March {n}.");
                break;
            case "pdf":
                await SendAsync(socket, 200, "OK", "application/pdf", "%PDF-1.7 binary");
                break;
            default:
                await SendAsync(socket, 404, "Not Found", "text/plain", "no such page");
                break;
        }
    }

    private static async Task<string?> ReadRequestPathAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None);
            if (read == 0)
            {
                return null;
            }
            filled += read;
            string head = Encoding.ASCII.GetString(buffer, 0, filled);
            if (head.Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                string[] requestLine = head[..head.IndexOf('\r')].Split(' ');
                return requestLine.Length >= 2 ? requestLine[1] : null;
            }
        }
        return null;
    }

    private static async Task SendAsync(Socket socket, int status, string reason, string contentType, string body, string extraHeaders = "")
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        string head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head), SocketFlags.None);
        await socket.SendAsync(bytes, SocketFlags.None);
        socket.Shutdown(SocketShutdown.Both);
    }

    // string.GetHashCode differs between processes; the server's choices must not.
    private static int StableHash(string text)
    {
        unchecked
        {
            int hash = (int)2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash;
        }
    }
}
