using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IskpNlp.Documents;
using IskpNlp.Drivers;
using IskpNlp.Input;
using IskpNlp.Output;
using IskpNlp.Pipeline;
using IskpNlp.Training.Drivers;
using IskpNlp.Training.Evaluation;

namespace IskpNlp.Cli;

/// <summary>
/// <c>iskp-nlp evaluate --docs D.jsonl --gold G.jsonl</c>: score the pipeline against gold, as score.py does;
/// <c>iskp-nlp evaluate --sentences S.csv</c>: score the pipeline's driver model on labelled sentences.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var docs = new Option<FileInfo?>("--docs") { Description = "documents (JSONL, CSV or a folder)" };
        var gold = new Option<FileInfo?>("--gold") { Description = "gold file (*.gold.jsonl)" };
        var sentences = new Option<FileInfo?>("--sentences") { Description = "labelled sentences (CSV: text,is_driver,categories) to score the driver model on, instead of --docs and --gold" };
        var json = new Option<bool>("--json") { Description = "print the figures as JSON" };
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "also write the output folder of this run, to inspect" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var docDate = CommonOptions.DocDate();
        var command = new Command("evaluate", "Run the pipeline on a documents file and score it against a gold file, or score the driver model on labelled sentences")
        {
            docs, gold, sentences, json, output, config, set, docDate,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var labelled = result.GetValue(sentences);
            if (labelled is not null)
            {
                if (result.GetValue(docs) is not null || result.GetValue(gold) is not null || result.GetValue(output) is not null)
                {
                    Console.Error.WriteLine("error: --sentences scores the driver model alone; give it without --docs, --gold and --out");
                    return Task.FromResult(ExitCodes.UsageOrConfig);
                }
                return Task.FromResult(ExecuteSentences(labelled, result.GetValue(json), result.GetValue(config), result.GetValue(set), cancellationToken));
            }
            if (result.GetValue(docs) is not { } documents || result.GetValue(gold) is not { } goldFile)
            {
                Console.Error.WriteLine("error: give --docs and --gold (documents and their gold), or --sentences (labelled sentences)");
                return Task.FromResult(ExitCodes.UsageOrConfig);
            }
            return Task.FromResult(Execute(
                documents, goldFile, result.GetValue(json), result.GetValue(output),
                result.GetValue(config), result.GetValue(set), result.GetValue(docDate), cancellationToken));
        });
        return command;
    }

    // The driver stage of the configured pipeline (its model and threshold) on each labelled sentence.
    private static int ExecuteSentences(FileInfo sentences, bool json, FileInfo? configFile, string[]? set, CancellationToken cancellationToken)
    {
        try
        {
            if (!sentences.Exists)
            {
                throw new InputException($"labelled sentences file '{sentences.FullName}' does not exist");
            }
            var config = CommonOptions.LoadConfig(configFile, set, docDate: null);
            var examples = DriverCorpusReader.Read(sentences.FullName);
            var scorer = PipelineBuilder.Build(config).Stages.OfType<DriverScorer>().FirstOrDefault()
                ?? throw new PipelineConfigException($"the pipeline has no '{DriverScorer.StageName}' stage to evaluate");
            var scores = new SentenceScore[examples.Count];
            for (int i = 0; i < examples.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                scores[i] = scorer.Score(examples[i].Text);
            }
            var metrics = DriverTrainer.Measure(examples, scores, scorer.Threshold);
            Console.Write(json
                ? metrics.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n"
                : metrics.ToTable($"{sentences.Name}: is_driver at threshold {scorer.Threshold.ToString(CultureInfo.InvariantCulture)}, categories at 0.5 on driver sentences"));
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is PipelineConfigException or InputException or FormatException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
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
