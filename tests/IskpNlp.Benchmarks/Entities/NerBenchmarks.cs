using BenchmarkDotNet.Attributes;
using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Text;

namespace IskpNlp.Benchmarks.Entities;

/// <summary>
/// Throughput of the <c>ner</c> stage on the project's own text (data/samples and the entity training
/// sentences, repeated to about a million tokens): the tagger alone on precomputed gazetteer tags, the
/// whole stage (spotter pass for the features, tagging, merge rules), and the gazetteer spotter for
/// comparison. Tokens per second = <see cref="Tokens"/> / mean time; the setup prints the count.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private readonly List<Document> _documents = [];
    private byte[][] _gazetteerTags = [];
    private PerceptronTagger _tagger = null!;
    private EntityRecognizer _recognizer = null!;
    private GazetteerSpotter _spotter = null!;

    /// <summary>Tokens in the benchmark corpus.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        var gazetteer = Gazetteer.Load(Path.Combine(root, "data", "gazetteers"));
        _tagger = new PerceptronTagger(PerceptronModel.Load(Path.Combine(root, "models", "ner.bin")));
        _recognizer = new EntityRecognizer(_tagger, gazetteer, 0.5);
        _spotter = new GazetteerSpotter(gazetteer);
        var texts = Texts(root);
        var tokenizer = new Tokenizer(new TokenizerOptions());
        var splitter = new SentenceSplitter(new SentenceSplitterOptions());
        for (int round = 0; Tokens < 1_000_000; round++)
        {
            foreach (string text in texts)
            {
                var document = new Document($"{round}:{_documents.Count}", text);
                tokenizer.Process(document, CancellationToken.None);
                splitter.Process(document, CancellationToken.None);
                _documents.Add(document);
                Tokens += document.Tokens.Length;
            }
        }
        _gazetteerTags = _documents.Select(d =>
        {
            var tags = new byte[d.Tokens.Length];
            NerFeatures.MarkGazetteer(d, _spotter.Spot(d), tags);
            return tags;
        }).ToArray();
        Console.WriteLine($"// ner benchmark corpus: {_documents.Count} documents, {Tokens:N0} tokens");
    }

    /// <summary>The tagger alone: features, scores and greedy decoding of every sentence.</summary>
    [Benchmark(Baseline = true)]
    public int Tag()
    {
        int names = 0;
        Span<byte> labels = stackalloc byte[4096];
        Span<float> logOdds = stackalloc float[4096];
        for (int d = 0; d < _documents.Count; d++)
        {
            var document = _documents[d];
            foreach (var sentence in document.Sentences)
            {
                int count = Math.Min(sentence.TokenCount, labels.Length);
                _tagger.Tag(document.Text, document.Tokens.Slice(sentence.FirstToken, count), _gazetteerTags[d].AsSpan(sentence.FirstToken, count), labels, logOdds);
                names += labels[0];
            }
        }
        return names;
    }

    /// <summary>The <c>ner</c> stage's work without changing the documents: spotter pass, tagging, rules.</summary>
    [Benchmark]
    public int Recognize()
    {
        int names = 0;
        foreach (var document in _documents)
        {
            names += _recognizer.Recognize(document).Count;
        }
        return names;
    }

    /// <summary>The gazetteer spotter, for comparison (the stage runs it once more for its features).</summary>
    [Benchmark]
    public int Spot()
    {
        int names = 0;
        foreach (var document in _documents)
        {
            names += _spotter.Spot(document).Count;
        }
        return names;
    }

    private static List<string> Texts(string root)
    {
        var texts = Directory.GetFiles(Path.Combine(root, "data", "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        string entities = Path.Combine(root, "data", "training", "entities");
        if (Directory.Exists(entities))
        {
            // Training sentences without their markup, twenty to a document.
            var lines = Directory.GetFiles(entities, "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines)
                .Where(l => l.Length > 0 && l[0] != '#')
                .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\[\[([^|\]]*)\|[A-Z]+\]\]", "$1"))
                .ToList();
            texts.AddRange(lines.Chunk(20).Select(c => string.Join("\n", c)));
        }
        return texts;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IskpNlp.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("IskpNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
