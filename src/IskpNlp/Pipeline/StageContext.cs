using System.Collections.Concurrent;

namespace IskpNlp.Pipeline;

/// <summary>
/// What factories get when the pipeline is built: where relative paths start, and a cache so that
/// two stages that need the same resource (the gazetteer, for the spotter and the tagger's
/// features) load it once and share it read-only.
/// </summary>
public sealed class StageContext
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _resources = new(StringComparer.Ordinal);

    public StageContext(string baseDirectory)
    {
        BaseDirectory = baseDirectory;
    }

    /// <summary>The folder of the pipeline.yaml being built; relative paths resolve against it.</summary>
    public string BaseDirectory { get; }

    public T GetOrLoad<T>(string key, Func<T> load)
        where T : class =>
        (T)_resources.GetOrAdd(key, _ => new Lazy<object>(() => load())).Value;
}
