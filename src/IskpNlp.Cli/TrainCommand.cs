using System.CommandLine;
using IskpNlp.Training.Drivers;

namespace IskpNlp.Cli;

/// <summary><c>iskp-nlp train --data FILE.csv</c>: train the recruitment-driver classifier.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "labelled sentences: CSV with text,is_driver,categories", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "model file to write (its .json goes beside it)", DefaultValueFactory = _ => new FileInfo("models/drivers.zip") };
        var folds = new Option<int>("--folds") { Description = "cross-validation folds", DefaultValueFactory = _ => DriverTrainer.Options.Defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "seed for folds and trainers (same seed, same model)", DefaultValueFactory = _ => DriverTrainer.Options.Defaults.Seed };
        var holdout = new Option<FileInfo?>("--holdout") { Description = "held-out labelled sentences (same format) to report on" };
        var command = new Command("train", "Train the recruitment-driver classifier on labelled sentences and write the model and its metrics")
        {
            data, output, folds, seed, holdout,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(data)!, result.GetValue(output)!, result.GetValue(folds), result.GetValue(seed), result.GetValue(holdout), cancellationToken)));
        return command;
    }

    private static int Execute(FileInfo data, FileInfo output, int folds, int seed, FileInfo? holdout, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { data, holdout })
        {
            if (file is { Exists: false })
            {
                Console.Error.WriteLine($"error: '{file.FullName}' does not exist");
                return ExitCodes.UsageOrConfig;
            }
        }
        if (folds < 2)
        {
            Console.Error.WriteLine($"error: --folds is {folds}; it must be 2 or more");
            return ExitCodes.UsageOrConfig;
        }
        try
        {
            var options = DriverTrainer.Options.Defaults with { Folds = folds, Seed = seed };
            var report = DriverTrainingRun.Execute(data.FullName, output.FullName, holdout?.FullName, options, cancellationToken);
            Console.Write(report.CrossValidation.ToTable($"cross-validation, {folds} folds"));
            if (report.Holdout is not null)
            {
                Console.Write(report.Holdout.ToTable($"held out: {holdout!.Name}"));
            }
            Console.WriteLine($"model      {report.ModelPath}");
            Console.WriteLine($"metadata   {report.MetadataPath}");
            return ExitCodes.Ok;
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}
