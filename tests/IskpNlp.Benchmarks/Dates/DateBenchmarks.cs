using BenchmarkDotNet.Attributes;
using IskpNlp.Benchmarks.Text;
using IskpNlp.Dates;
using IskpNlp.Documents;
using IskpNlp.Text;

namespace IskpNlp.Benchmarks.Dates;

/// <summary>
/// The cost of the two date stages against the text stages they follow, on the same documents: the
/// budget is that <see cref="DocumentDateFinder"/> and <see cref="DateRecognizer"/> together add at most
/// 15% to the time of tokenizer, sentence splitter and furniture marker. Two corpora: the text
/// benchmarks' <see cref="BenchmarkCorpus"/> (5.2 MB), and the project's article samples
/// (data/samples/*.txt) repeated to a few hundred kilobytes (short, date-dense news texts). Each date
/// stage runs alone over documents the text stages made beforehand; <c>StageCostBenchmarks</c> has them
/// as a run does them.
/// Run with <c>dotnet run -c Release --project tests/IskpNlp.Benchmarks -- --filter *DateBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DateBenchmarks
{
    private const int Copies = 25;

    private IReadOnlyList<string> _texts = [];

    [Params("benchmark-corpus", "samples")]
    public string Corpus { get; set; } = "";
    private Document[] _documents = [];
    private Tokenizer _tokenizer = null!;
    private SentenceSplitter _splitter = null!;
    private FurnitureMarker _furniture = null!;
    private DocumentDateFinder _finder = null!;
    private DateRecognizer _recognizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        string samples = Path.Combine(FindRoot(), "data", "samples");
        var texts = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        _texts = Corpus == "samples" ? Enumerable.Range(0, Copies).SelectMany(_ => texts).ToList() : BenchmarkCorpus.Instance.Documents;
        _tokenizer = new Tokenizer(TokenizerOptions.Default);
        _splitter = new SentenceSplitter(SentenceSplitterOptions.Default);
        _furniture = new FurnitureMarker(FurnitureMarkerOptions.Default);
        _finder = new DocumentDateFinder(new DocumentDateFinderOptions());
        _recognizer = new DateRecognizer(new DateRecognizerOptions());
        _documents = _texts.Select(TextStages).ToArray();
        Console.WriteLine($"// {_documents.Length} documents, {_texts.Sum(t => t.Length):N0} chars, {_documents.Sum(d => d.Tokens.Length):N0} tokens, {_documents.Sum(d => _recognizer.Recognize(d, default).Count):N0} dates");
    }

    [Benchmark(Baseline = true)]
    public int TextStages()
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            tokens += TextStages(text).Tokens.Length;
        }
        return tokens;
    }

    /// <summary>The dateline search, as for documents without a metadata date.</summary>
    [Benchmark]
    public int DocumentDates()
    {
        int found = 0;
        foreach (var document in _documents)
        {
            found += _finder.FindDateline(document) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark]
    public int Dates()
    {
        int mentions = 0;
        foreach (var document in _documents)
        {
            mentions += _recognizer.Recognize(document, CancellationToken.None).Count;
        }
        return mentions;
    }

    private Document TextStages(string text)
    {
        var document = new Document("d", text);
        _tokenizer.Process(document, CancellationToken.None);
        _splitter.Process(document, CancellationToken.None);
        _furniture.Process(document, CancellationToken.None);
        return document;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IskpNlp.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("IskpNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
