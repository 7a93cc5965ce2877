using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using IskpNlp.Benchmarks.Text;
using IskpNlp.Documents;
using IskpNlp.Drivers;
using IskpNlp.Entities;
using IskpNlp.Text;

namespace IskpNlp.Benchmarks.Drivers;

/// <summary>
/// Scoring throughput of the <c>drivers</c> stage on one core: every sentence of
/// <see cref="BenchmarkCorpus"/> through the bundled model (featurize, then the weights); and, on
/// the same corpus, the gazetteer spotter, to set against the text stages' time.
/// Sentences/s = the sentence count printed by the setup / mean time.
/// Run with <c>dotnet run -c Release --project tests/IskpNlp.Benchmarks -- --filter *DriverBenchmarks*</c>.
/// </summary>
[Config(typeof(OneCoreConfig))]
[MemoryDiagnoser]
public class DriverBenchmarks
{
    private readonly List<string> _sentences = [];
    private readonly List<Document> _documents = [];
    private readonly List<Mention> _mentions = new(4096);
    private DriverScorer _scorer = null!;
    private GazetteerSpotter _spotter = null!;

    [GlobalSetup]
    public void Setup()
    {
        string root = BenchmarkCorpus.FindRepositoryRoot() ?? throw new InvalidOperationException("run inside the repository");
        _scorer = new DriverScorer(new DriverScorerOptions { Model = Path.Combine(root, "models", "drivers.zip") });
        _spotter = new GazetteerSpotter(Gazetteer.Load(Path.Combine(root, "data", "gazetteers")));
        var tokenizer = new Tokenizer(TokenizerOptions.Default);
        var splitter = new SentenceSplitter(SentenceSplitterOptions.Default);
        var furniture = new FurnitureMarker(FurnitureMarkerOptions.Default);
        long tokens = 0;
        foreach (string text in BenchmarkCorpus.Instance.Documents)
        {
            var document = new Document("d", text);
            tokenizer.Process(document, CancellationToken.None);
            splitter.Process(document, CancellationToken.None);
            furniture.Process(document, CancellationToken.None);
            _documents.Add(document);
            tokens += document.Tokens.Length;
            foreach (var sentence in document.Sentences)
            {
                _sentences.Add(text.Substring(sentence.Span.Start, sentence.Span.Length));
            }
        }
        Console.WriteLine($"// drivers benchmark: {_sentences.Count:N0} sentences, {tokens:N0} tokens in {_documents.Count} documents");
    }

    [Benchmark]
    public float ScoreSentences()
    {
        float sum = 0;
        foreach (string sentence in CollectionsMarshal.AsSpan(_sentences))
        {
            sum += _scorer.Score(sentence).DriverScore;
        }
        return sum;
    }

    /// <summary>The spotter into one reused list, as the <c>gazetteer</c> stage runs it.</summary>
    [Benchmark]
    public int SpotGazetteer()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            _mentions.Clear();
            _spotter.Spot(document, _mentions);
            count += _mentions.Count;
        }
        return count;
    }
}
