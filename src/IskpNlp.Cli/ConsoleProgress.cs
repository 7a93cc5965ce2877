using System.Diagnostics;

namespace IskpNlp.Cli;

/// <summary>
/// One progress line on stderr (documents, docs/s, ETA when the total is known), redrawn at most
/// four times a second, shown only after the first second and only when stderr is a terminal.
/// </summary>
internal sealed class ConsoleProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int? _total;
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private long _lastDraw;
    private bool _drawn;

    public ConsoleProgress(int? total)
    {
        _total = total;
    }

    public void Report(int done)
    {
        if (!_enabled || _clock.ElapsedMilliseconds < 1000 || _clock.ElapsedMilliseconds - _lastDraw < 250)
        {
            return;
        }
        _lastDraw = _clock.ElapsedMilliseconds;
        double rate = done / _clock.Elapsed.TotalSeconds;
        string eta = _total is { } total && rate > 0 ? $", ETA {TimeSpan.FromSeconds((total - done) / rate):hh\\:mm\\:ss}" : "";
        string of = _total is { } t ? $"/{t}" : "";
        Console.Error.Write($"\r{done}{of} documents, {rate:F1} docs/s{eta}   ");
        _drawn = true;
    }

    public void Finish()
    {
        if (_drawn)
        {
            Console.Error.WriteLine();
        }
    }
}
