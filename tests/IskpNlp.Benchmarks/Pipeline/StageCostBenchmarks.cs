using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using IskpNlp.Benchmarks.Text;
using IskpNlp.Dates;
using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Pipeline;
using IskpNlp.Text;

namespace IskpNlp.Benchmarks.Pipeline;

/// <summary>
/// What the gazetteer stage and the two date stages add to the text stages' time, measured as a run
/// does the work: document by document, each stage straight after the text stages (tokenizer,
/// sentences, furniture), adding its mentions to the document. The Ratio column against
/// <see cref="TextStages"/> is the cost: 1.20 means the stage adds 20%.
/// Two corpora: the text benchmarks' <see cref="BenchmarkCorpus"/> (5.2 MB) and the sample articles
/// repeated 25 times (short, date-dense news texts).
/// Run with <c>dotnet run -c Release --project tests/IskpNlp.Benchmarks -- --filter *StageCostBenchmarks*</c>.
/// </summary>
[Config(typeof(StageCostConfig))]
[MemoryDiagnoser]
public class StageCostBenchmarks
{
    private IReadOnlyList<string> _texts = [];
    private IStage[] _text = [];
    private IStage _gazetteer = null!;
    private IStage[] _dates = [];

    [Params("benchmark-corpus", "samples")]
    public string Corpus { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string root = BenchmarkCorpus.FindRepositoryRoot() ?? throw new InvalidOperationException("run inside the repository");
        _texts = Corpus == "samples"
            ? Enumerable.Range(0, 25).SelectMany(_ => Directory.GetFiles(Path.Combine(root, "data", "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)).ToList()
            : BenchmarkCorpus.Instance.Documents;
        _text = [new Tokenizer(TokenizerOptions.Default), new SentenceSplitter(SentenceSplitterOptions.Default), new FurnitureMarker(FurnitureMarkerOptions.Default)];
        _gazetteer = new GazetteerSpotter(Gazetteer.Load(Path.Combine(root, "data", "gazetteers")));
        _dates = [new DocumentDateFinder(new DocumentDateFinderOptions()), new DateRecognizer(new DateRecognizerOptions())];
        Console.WriteLine($"// {Corpus}: {_texts.Count} documents, {_texts.Sum(t => (long)t.Length):N0} chars");
    }

    [Benchmark(Baseline = true)]
    public int TextStages() => Run([]);

    [Benchmark]
    public int TextStagesThenGazetteer() => Run([_gazetteer]);

    /// <summary>The dateline search (for documents without a metadata date) and the date recogniser.</summary>
    [Benchmark]
    public int TextStagesThenDates() => Run(_dates);

    private int Run(IStage[] extra)
    {
        int count = 0;
        foreach (string text in _texts)
        {
            var document = new Document("d", text);
            foreach (var stage in _text)
            {
                stage.Process(document, CancellationToken.None);
            }
            foreach (var stage in extra)
            {
                stage.Process(document, CancellationToken.None);
            }
            count += document.Mentions.Length + document.Sentences.Length;
        }
        return count;
    }
}

/// <summary>Out of process and not pinned: pinned to one core, the garbage collector's background thread and the benchmark share it, and the stage that allocates least looked slowest.</summary>
internal sealed class StageCostConfig : ManualConfig
{
    public StageCostConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(10).WithIterationCount(10).WithId("Stages"));
    }
}
