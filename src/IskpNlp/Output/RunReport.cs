using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IskpNlp.Pipeline;

namespace IskpNlp.Output;

/// <summary>run.json: what produced an output folder (OUTPUT.md).</summary>
public static class RunReport
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions OptionsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string ProgramVersion =>
        typeof(RunReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// SHA-256 over what decides the output rows: program version, stages and their resolved options,
    /// input and output options (not the checkpoint interval) and each model's hash. Parallelism and
    /// the pipeline file's path are left out: they do not change a row.
    /// </summary>
    public static string ConfigurationSha256(PipelineConfig config, StagePipeline pipeline)
    {
        var identity = new JsonObject
        {
            ["version"] = ProgramVersion,
            ["pipeline"] = new JsonArray(config.Stages.Select(s => (JsonNode?)JsonValue.Create(s.Name)).ToArray()),
            ["stages"] = Stages(config),
            ["input"] = JsonSerializer.SerializeToNode(config.Input, OptionsJson),
            ["excel"] = config.Output.Excel,
            ["models"] = new JsonArray(pipeline.Stages.OfType<IModelStage>().Select(s => (JsonNode?)JsonValue.Create(s.Model.Sha256)).ToArray()),
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToJsonString())));
    }

    public static JsonObject Create(PipelineConfig config, StagePipeline pipeline, string input, DateTimeOffset started, DateTimeOffset ended, RunSummary summary)
    {
        var stages = Stages(config);
        var models = new JsonArray();
        foreach (var model in pipeline.Stages.OfType<IModelStage>().Select(s => s.Model))
        {
            models.Add(new JsonObject
            {
                ["stage"] = model.Stage,
                ["file"] = Path.GetFileName(model.File),
                ["sha256"] = model.Sha256,
                ["metrics"] = model.Metrics?.DeepClone(),
            });
        }
        var stageTimes = new JsonObject();
        foreach (var (stage, time) in summary.StageTimes)
        {
            stageTimes[stage] = new JsonObject
            {
                ["seconds"] = Math.Round(time.TotalSeconds, 4),
                ["tokens_per_second"] = time.TotalSeconds > 0 ? Math.Round((summary.Tokens - summary.ResumedTokens) / time.TotalSeconds) : 0,
            };
        }
        return new JsonObject
        {
            ["program"] = "iskp-nlp",
            ["version"] = ProgramVersion,
            ["input"] = input,
            ["started"] = started.ToString("o", CultureInfo.InvariantCulture),
            ["ended"] = ended.ToString("o", CultureInfo.InvariantCulture),
            ["pipeline"] = new JsonObject
            {
                ["file"] = config.File,
                ["pipeline"] = new JsonArray(config.Stages.Select(s => (JsonNode?)JsonValue.Create(s.Name)).ToArray()),
                ["stages"] = stages,
                ["input"] = JsonSerializer.SerializeToNode(config.Input, OptionsJson),
                ["output"] = JsonSerializer.SerializeToNode(config.Output, OptionsJson),
                ["parallelism"] = config.Parallelism,
            },
            ["models"] = models,
            ["documents"] = new JsonObject
            {
                ["total"] = summary.Documents,
                ["ok"] = summary.Ok,
                ["failed"] = summary.Failed,
            },
            ["tokens"] = summary.Tokens,
            ["seconds"] = Math.Round(summary.Elapsed.TotalSeconds, 4),
            ["tokens_per_second"] = Math.Round(summary.TokensPerSecond),
            ["stage_times"] = stageTimes,
        };
    }

    private static JsonObject Stages(PipelineConfig config)
    {
        var stages = new JsonObject();
        foreach (var stage in config.Stages)
        {
            stages[stage.Name] = JsonSerializer.SerializeToNode(stage.Options, stage.Options.GetType(), OptionsJson);
        }
        return stages;
    }

    /// <summary>Writes run.json into <paramref name="folder"/> under a temporary name, syncs it, then moves it into place.</summary>
    public static void Write(string folder, JsonObject report)
    {
        DurableFile.WriteAllText(Path.Combine(folder, FileName), report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }
}
