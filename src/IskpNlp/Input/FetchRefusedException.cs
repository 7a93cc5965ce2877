namespace IskpNlp.Input;

/// <summary>A page that is not retried: too big for <see cref="HttpFetchOptions.MaxBytes"/>.</summary>
internal sealed class FetchRefusedException(string message) : Exception(message);
