using System.CommandLine;
using System.Globalization;
using IskpNlp.Pipeline;

namespace IskpNlp.Cli;

/// <summary>Options several commands share, and how they become a <see cref="PipelineConfig"/>.</summary>
internal static class CommonOptions
{
    public static Option<FileInfo?> Config() => new("--config", "-c")
    {
        Description = "pipeline.yaml to use (default: the one installed with the program)",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "override one pipeline.yaml key, e.g. --set stages.drivers.threshold=0.6 (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> DocDate() => new("--doc-date")
    {
        Description = "date (YYYY-MM-DD) for documents whose metadata and text give none",
    };

    public static string DefaultConfigPath => Path.Combine(AppContext.BaseDirectory, "pipeline.yaml");

    /// <exception cref="PipelineConfigException">The file or an override is wrong.</exception>
    public static PipelineConfig LoadConfig(FileInfo? config, string[]? set, string? docDate)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in set ?? [])
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new PipelineConfigException($"--set '{pair}': expected KEY=VALUE, e.g. stages.drivers.threshold=0.6");
            }
            overrides[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
        if (docDate is not null)
        {
            if (!DateOnly.TryParseExact(docDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new PipelineConfigException($"--doc-date '{docDate}': expected a date as YYYY-MM-DD");
            }
            overrides["stages.document_date.fallback_date"] = docDate;
        }
        return PipelineConfigReader.Load(config?.FullName ?? DefaultConfigPath, overrides);
    }
}
