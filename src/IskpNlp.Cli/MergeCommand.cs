using System.CommandLine;
using System.Globalization;
using IskpNlp.Input;
using IskpNlp.Output;

namespace IskpNlp.Cli;

/// <summary><c>iskp-nlp merge OUT_0 ... OUT_{N-1} -o OUT</c>: join the folders of a sharded run.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<DirectoryInfo[]>("shards") { Description = "the output folders of 'run --shard K/N', one per shard", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "output folder for the merged files", Required = true };
        var command = new Command("merge", "Join the output folders of a sharded run into one, in input order, after checking that no shard is missing or duplicated")
        {
            shards, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(result.GetValue(shards)!, result.GetValue(output)!, cancellationToken)));
        return command;
    }

    private static int Execute(DirectoryInfo[] shards, DirectoryInfo output, CancellationToken cancellationToken)
    {
        try
        {
            var missing = shards.FirstOrDefault(s => !s.Exists);
            if (missing is not null)
            {
                throw new MergeException($"shard folder '{missing.FullName}' does not exist");
            }
            var report = ShardMerger.Merge(shards.Select(s => s.FullName).ToArray(), output.FullName, cancellationToken);
            var documents = report["documents"]!;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "merged {0} shards: {1:N0} documents ({2:N0} ok, {3:N0} failed)",
                shards.Length, documents["total"]!.GetValue<int>(), documents["ok"]!.GetValue<int>(), documents["failed"]!.GetValue<int>()));
            Console.WriteLine($"output     {output.FullName}");
            return documents["failed"]!.GetValue<int>() > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is MergeException or InputException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}
