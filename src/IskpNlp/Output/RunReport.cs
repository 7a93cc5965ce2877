using System.Globalization;
using System.Reflection;
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

    public static JsonObject Create(PipelineConfig config, StagePipeline pipeline, string input, DateTimeOffset started, DateTimeOffset ended, RunSummary summary)
    {
        var stages = new JsonObject();
        foreach (var stage in config.Stages)
        {
            stages[stage.Name] = JsonSerializer.SerializeToNode(stage.Options, stage.Options.GetType(), OptionsJson);
        }
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
                ["tokens_per_second"] = time.TotalSeconds > 0 ? Math.Round(summary.Tokens / time.TotalSeconds) : 0,
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

    /// <summary>Writes run.json into <paramref name="folder"/> under a temporary name, then moves it into place.</summary>
    public static void Write(string folder, JsonObject report)
    {
        string path = Path.Combine(folder, FileName);
        string partial = path + OutputWriter.PartialSuffix;
        File.WriteAllText(partial, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(partial, path, overwrite: true);
    }
}
