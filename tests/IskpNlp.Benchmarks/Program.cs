using BenchmarkDotNet.Running;
using IskpNlp.Benchmarks.Corpus;

namespace IskpNlp.Benchmarks;

internal static class Program
{
    // "corpus" writes the end-to-end corpus (see CorpusGenerator); anything else goes to BenchmarkDotNet.
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusGenerator.Run(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
