namespace IskpNlp.Input;

/// <summary>
/// What fetching one URL gave: the body with its media type and charset, or the reason it failed
/// (last status or error), and how many requests were sent.
/// </summary>
internal sealed record FetchResult(byte[] Body, string MediaType, string? Charset, string Error, int Attempts)
{
    public bool Ok => Error.Length == 0;

    public static FetchResult Failed(string error, int attempts) => new([], "", null, error, attempts);
}
