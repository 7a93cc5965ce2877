namespace IskpNlp.Pipeline;

/// <summary>
/// Bounds the text held by documents between reader and writer, so that a run of very large
/// documents cannot fill memory the way a count of documents alone would allow. A document larger
/// than the whole budget still goes through, alone.
/// </summary>
internal sealed class InFlightBudget
{
    private readonly long _capacity;
    private readonly object _lock = new();
    private long _used;

    public InFlightBudget(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Waits until <paramref name="size"/> fits (or nothing else is in flight), then takes it.</summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested while waiting.</exception>
    public void Acquire(long size, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            while (_used > 0 && _used + size > _capacity)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Woken by Release; the timeout only lets cancellation be seen.
                Monitor.Wait(_lock, TimeSpan.FromMilliseconds(100));
            }
            _used += size;
        }
    }

    public void Release(long size)
    {
        lock (_lock)
        {
            _used -= size;
            Monitor.PulseAll(_lock);
        }
    }
}
