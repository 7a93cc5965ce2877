using System.CommandLine;
using System.Globalization;
using IskpNlp.Input;
using IskpNlp.Output;
using IskpNlp.Pipeline;

namespace IskpNlp.Cli;

/// <summary><c>iskp-nlp run INPUT -o OUT</c>: process a corpus into the output folder.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "a folder, a .jsonl, .csv or .urls file, or one .txt/.md/.html file" };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "output folder (created if missing)", Required = true };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var docDate = CommonOptions.DocDate();
        var resume = new Option<bool>("--resume")
        {
            Description = "continue the interrupted run in the output folder: documents already written are skipped, the rest are appended",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "process only shard K of N (K/N, 0-based): the documents whose id hashes to K; join the shard folders with 'merge'",
        };
        var command = new Command("run", "Extract mentions and score driver sentences; write mentions.csv, sentences.csv, documents.csv and run.json")
        {
            input, output, config, set, docDate, resume, shard,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(input)!, result.GetValue(output)!, result.GetValue(config), result.GetValue(set), result.GetValue(docDate),
            result.GetValue(resume), result.GetValue(shard), cancellationToken)));
        return command;
    }

    private static int Execute(string input, DirectoryInfo output, FileInfo? configFile, string[]? set, string? docDate, bool resume, string? shardText, CancellationToken cancellationToken)
    {
        try
        {
            ShardSpec? shard = shardText is null ? null : ShardSpec.Parse(shardText);
            var config = CommonOptions.LoadConfig(configFile, set, docDate);
            var progress = new ConsoleProgress(total: null);
            var summary = CorpusRun.Execute(config, input, output.FullName, cancellationToken, progress.Report, resume, shard: shard);
            progress.Finish();
            PrintSummary(summary, output.FullName);
            return summary.Failed > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is PipelineConfigException or InputException or OutputFolderException or FormatException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled; the output folder holds only .partial files and a checkpoint: run the same command with --resume to continue");
            return ExitCodes.Cancelled;
        }
    }

    private static void PrintSummary(RunSummary summary, string folder)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(inv, "documents  {0,10:N0}   ok {1:N0}   failed {2:N0}", summary.Documents, summary.Ok, summary.Failed));
        if (summary.Resumed > 0)
        {
            Console.WriteLine(string.Format(inv, "resumed    {0,10:N0}   documents were written before the interruption", summary.Resumed));
        }
        Console.WriteLine(string.Format(inv, "tokens     {0,10:N0}   {1:N0} tokens/s   {2:F1} s", summary.Tokens, summary.TokensPerSecond, summary.Elapsed.TotalSeconds));
        foreach (var (stage, time) in summary.StageTimes)
        {
            Console.WriteLine(string.Format(inv, "  {0,-14} {1,8:F2} s", stage, time.TotalSeconds));
        }
        Console.WriteLine($"output     {folder}  ({OutputWriter.MentionsFile}, {OutputWriter.SentencesFile}, {OutputWriter.DocumentsFile}, {RunReport.FileName})");
        if (summary.Failed > 0)
        {
            Console.WriteLine($"{summary.Failed} document(s) failed: see the status and error columns of {OutputWriter.DocumentsFile}");
        }
    }
}
