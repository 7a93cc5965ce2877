using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using IskpNlp.Documents;
using IskpNlp.Text;

namespace IskpNlp.Benchmarks.Text;

/// <summary>
/// Throughput of the text stages over <see cref="BenchmarkCorpus"/> (at least 5 MB), one thread:
/// tokenizing alone, tokenizing and splitting sentences, and the three stages on documents. The
/// tokens/s and sentences/s columns divide the corpus's counts by the mean time of one pass.
/// Run with <c>dotnet run -c Release --project tests/IskpNlp.Benchmarks -- --filter *TextBenchmarks*</c>
/// (about two minutes): the job is set here, pinned to one core.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class TextBenchmarks
{
    private readonly List<Token> _tokens = new(1 << 16);
    private readonly List<Sentence> _sentences = new(1 << 12);
    private IReadOnlyList<string> _documents = [];
    private SentenceSplitter _splitter = null!;
    private Tokenizer _tokenizer = null!;
    private FurnitureMarker _furniture = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Instance.Documents;
        _splitter = new SentenceSplitter(SentenceSplitterOptions.Default);
        _tokenizer = new Tokenizer(TokenizerOptions.Default);
        _furniture = new FurnitureMarker(FurnitureMarkerOptions.Default);
        var (tokens, sentences) = Count();
        Console.WriteLine($"// corpus: {_documents.Count} documents, {BenchmarkCorpus.Instance.Bytes:N0} UTF-8 bytes, {tokens:N0} tokens, {sentences:N0} sentences, from {BenchmarkCorpus.Instance.Source}");
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            _tokens.Clear();
            Tokenizer.Tokenize(document, _tokens);
            count += _tokens.Count;
        }
        return count;
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            _tokens.Clear();
            _sentences.Clear();
            Tokenizer.Tokenize(document, _tokens);
            _splitter.Split(document, CollectionsMarshal.AsSpan(_tokens), _sentences);
            count += _sentences.Count;
        }
        return count;
    }

    /// <summary>The three stages through <see cref="Document"/>, as the pipeline runs them (with their per-document allocations).</summary>
    [Benchmark]
    public int TextStagesOnDocuments()
    {
        int count = 0;
        foreach (string text in _documents)
        {
            var document = new Document("d", text);
            _tokenizer.Process(document, CancellationToken.None);
            _splitter.Process(document, CancellationToken.None);
            _furniture.Process(document, CancellationToken.None);
            count += document.ArticleSentenceCount;
        }
        return count;
    }

    /// <summary>The corpus's token and sentence counts, computed once per process.</summary>
    internal static (long Tokens, long Sentences) Count() => Counts.Value;

    private static readonly Lazy<(long, long)> Counts = new(() =>
    {
        var splitter = new SentenceSplitter(SentenceSplitterOptions.Default);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        long tokenCount = 0;
        long sentenceCount = 0;
        foreach (string document in BenchmarkCorpus.Instance.Documents)
        {
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(document, tokens);
            splitter.Split(document, CollectionsMarshal.AsSpan(tokens), sentences);
            tokenCount += tokens.Count;
            sentenceCount += sentences.Count;
        }
        return (tokenCount, sentenceCount);
    });

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            // Short, but with enough warm-up for tiered compilation to reach the optimised code of
            // the scanning loops: with ShortRun's 3 warm-ups the splitter was still measured unoptimised.
            AddJob(Job.ShortRun.WithWarmupCount(15).WithIterationCount(5).WithAffinity(1).WithId("ShortWarm"));
            AddColumn(new RateColumn("Tokens/s", () => Count().Tokens));
            AddColumn(new RateColumn("Sentences/s", () => Count().Sentences, splitsSentences: true));
            AddColumn(new RateColumn("MB/s", () => BenchmarkCorpus.Instance.Bytes / 1_000_000.0, decimals: 1));
        }
    }

    /// <summary>A count over the corpus divided by the mean time of one pass.</summary>
    private sealed class RateColumn(string name, Func<double> perPass, int decimals = 0, bool splitsSentences = false) : IColumn
    {
        public string Id => $"{nameof(RateColumn)}.{name}";

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name}: the corpus's count divided by the mean time of one pass";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (splitsSentences && benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(Tokenize))
            {
                return "-"; // tokenizing alone makes no sentences
            }
            if (statistics is null || statistics.Mean <= 0)
            {
                return "NA";
            }
            double rate = perPass() / (statistics.Mean / 1e9);
            return decimals == 0 ? rate.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : rate.ToString($"N{decimals}", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
