using System.CommandLine;

namespace IskpNlp.Cli;

internal static class Program
{
    private static int Main(string[] args) => Run(args);

    /// <summary>Parses and runs one command line; the exit code of <see cref="ExitCodes"/>.</summary>
    public static int Run(string[] args)
    {
        var result = CreateRoot().Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }
            Console.Error.WriteLine("see 'iskp-nlp --help'");
            return ExitCodes.UsageOrConfig;
        }
        return result.Invoke();
    }

    /// <summary>The command tree; tests call it in-process.</summary>
    public static RootCommand CreateRoot() => new("iskp-nlp: entity extraction and recruitment-driver scoring for articles on violent extremism")
    {
        RunCommand.Create(),
        EvaluateCommand.Create(),
        TrainCommand.Create(),
        MergeCommand.Create(),
        TrainNerCommand.Create(),
    };
}
