using System.CommandLine;
using IskpNlp.Entities;
using IskpNlp.Pipeline;
using IskpNlp.Training.Entities;

namespace IskpNlp.Cli;

/// <summary><c>iskp-nlp train-ner --data FOLDER</c>: train the entity tagger of the <c>ner</c> stage.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "folder of *.train.txt (and *.heldout.txt) files, names inline as [[text|TYPE]]", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "model file to write (its .json goes beside it)", DefaultValueFactory = _ => new FileInfo("models/ner.bin") };
        var folds = new Option<int>("--folds") { Description = "cross-validation folds", DefaultValueFactory = _ => PerceptronTrainer.Options.Defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "seed for shuffles, folds and gazetteer dropout (same seed, same model)", DefaultValueFactory = _ => PerceptronTrainer.Options.Defaults.Seed };
        var epochs = new Option<int>("--epochs") { Description = "passes over the training sentences", DefaultValueFactory = _ => PerceptronTrainer.Options.Defaults.Epochs };
        var gazetteers = new Option<DirectoryInfo>("--gazetteers") { Description = "gazetteer folder whose tags are features (the pipeline's)", DefaultValueFactory = _ => new DirectoryInfo("data/gazetteers") };
        var errors = new Option<FileInfo?>("--errors") { Description = "write the held-out sentences that gazetteer + model get wrong to this file" };
        var command = new Command("train-ner", "Train the entity tagger on annotated sentences; print per-type P/R/F1 with and without it; write the model and its metrics")
        {
            data, output, folds, seed, epochs, gazetteers, errors,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(data)!, result.GetValue(output)!, result.GetValue(folds), result.GetValue(seed), result.GetValue(epochs), result.GetValue(gazetteers)!, result.GetValue(errors), cancellationToken)));
        return command;
    }

    private static int Execute(DirectoryInfo data, FileInfo output, int folds, int seed, int epochs, DirectoryInfo gazetteers, FileInfo? errors, CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { data, gazetteers })
        {
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"error: '{folder.FullName}' does not exist");
                return ExitCodes.UsageOrConfig;
            }
        }
        if (folds < 2)
        {
            Console.Error.WriteLine($"error: --folds is {folds}; it must be 2 or more");
            return ExitCodes.UsageOrConfig;
        }
        if (epochs < 1)
        {
            Console.Error.WriteLine($"error: --epochs is {epochs}; it must be 1 or more");
            return ExitCodes.UsageOrConfig;
        }
        try
        {
            var gazetteer = Gazetteer.Load(gazetteers.FullName);
            var options = PerceptronTrainer.Options.Defaults with { Folds = folds, Seed = seed, Epochs = epochs };
            using var errorWriter = errors is null ? null : new StreamWriter(errors.FullName);
            var report = NerTrainingRun.Execute(data.FullName, output.FullName, gazetteer, options, errorWriter, cancellationToken);
            Console.Write(report.CrossValidation.ToTable($"cross-validation, {folds} folds"));
            if (report.HeldOut is not null)
            {
                Console.WriteLine();
                Console.Write(report.HeldOut.ToTable("held out"));
            }
            Console.WriteLine();
            Console.WriteLine($"model      {report.ModelPath} ({report.ModelBytes:N0} bytes, {report.Buckets:N0} feature buckets)");
            Console.WriteLine($"metadata   {report.MetadataPath}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is FormatException or PipelineConfigException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}
