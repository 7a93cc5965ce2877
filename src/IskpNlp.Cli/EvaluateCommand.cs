using System.CommandLine;
using System.Text.Json;
using IskpNlp.Input;
using IskpNlp.Output;
using IskpNlp.Pipeline;
using IskpNlp.Training.Evaluation;

namespace IskpNlp.Cli;

/// <summary><c>iskp-nlp evaluate --docs D.jsonl --gold G.jsonl</c>: score the pipeline against gold, as score.py does.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var docs = new Option<FileInfo>("--docs") { Description = "documents (JSONL, CSV or a folder)", Required = true };
        var gold = new Option<FileInfo>("--gold") { Description = "gold file (*.gold.jsonl)", Required = true };
        var json = new Option<bool>("--json") { Description = "print the figures as JSON" };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "also write the output folder of this run, to inspect" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var docDate = CommonOptions.DocDate();
        var command = new Command("evaluate", "Run the pipeline on a documents file and score it against a gold file")
        {
            docs, gold, json, output, config, set, docDate,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(docs)!, result.GetValue(gold)!, result.GetValue(json), result.GetValue(output),
            result.GetValue(config), result.GetValue(set), result.GetValue(docDate), cancellationToken)));
        return command;
    }

    private static int Execute(FileInfo docs, FileInfo gold, bool json, DirectoryInfo? output, FileInfo? configFile, string[]? set, string? docDate, CancellationToken cancellationToken)
    {
        try
        {
            if (!gold.Exists)
            {
                throw new InputException($"gold file '{gold.FullName}' does not exist");
            }
            var config = CommonOptions.LoadConfig(configFile, set, docDate);
            var (result, documents) = Evaluator.Run(config, docs.FullName, gold.FullName, cancellationToken);
            if (output is not null)
            {
                using var writer = new OutputWriter(output.FullName, config.Output);
                foreach (var document in documents)
                {
                    writer.Write(document);
                }
                writer.Complete();
            }
            Console.Write(json
                ? ExtractionScorer.ToJson(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"
                : ExtractionScorer.Format(result));
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is PipelineConfigException or InputException or FormatException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}
