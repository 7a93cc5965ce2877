namespace IskpNlp.Cli;

/// <summary>The process exit codes, one per kind of outcome.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed.</summary>
    public const int Ok = 0;

    /// <summary>The run finished, but some documents failed (see documents.csv).</summary>
    public const int SomeDocumentsFailed = 1;

    /// <summary>Bad usage or configuration: nothing was processed.</summary>
    public const int UsageOrConfig = 2;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
