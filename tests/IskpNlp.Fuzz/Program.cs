using System.Diagnostics;
using System.Globalization;
using System.Text;
using IskpNlp.Dates;
using IskpNlp.Documents;
using IskpNlp.Drivers;
using IskpNlp.Entities;
using IskpNlp.Pipeline;
using IskpNlp.Text;

namespace IskpNlp.Fuzz;

/// <summary>
/// Fuzzes every stage of pipeline.yaml (tokenizer, sentence splitter, furniture marker, gazetteer
/// spotter, entity recogniser, document date finder, date recogniser, driver scorer), with the bundled
/// gazetteers and models, with seeded random and mutated inputs, checking
/// that nothing throws, nothing hangs (a watchdog per input) and the spans they make are sound.
/// Not part of <c>dotnet test</c>; run by hand:
/// <code>dotnet run -c Release --project tests/IskpNlp.Fuzz -- [--count 1000000] [--seed 20251127] [--max-length 2000] [--timeout-ms 5000] [--only INDEX] [--out DIR]</code>
/// Exit code 0: no finding; 1: findings, written to DIR (default fuzz-findings/) as replayable inputs.
/// </summary>
internal static class Program
{
    private static long _current = -1;
    private static long _startedAt;

    private static int Main(string[] args)
    {
        long count = Option(args, "--count", 1_000_000);
        int seed = (int)Option(args, "--seed", 20251127);
        int maxLength = (int)Option(args, "--max-length", 2000);
        int timeoutMs = (int)Option(args, "--timeout-ms", 5000);
        long only = Option(args, "--only", -1);
        string outFolder = Text(args, "--out") ?? "fuzz-findings";
        var samples = LoadSamples();
        var inputs = new FuzzInputs(seed, samples);
        var models = Models.Load(RepositoryRoot());
        var pipelines = new[] { Pipeline(SlashOrder.MonthDayYear, joinWrapped: true, models), Pipeline(SlashOrder.DayMonthYear, joinWrapped: false, models) };
        Console.WriteLine($"fuzz: seed {seed}, {count:N0} inputs up to {maxLength} characters, {samples.Length} sample texts, watchdog {timeoutMs} ms per input");

        StartWatchdog(inputs, maxLength, timeoutMs, outFolder);
        var clock = Stopwatch.StartNew();
        long findings = 0, characters = 0, tokens = 0, sentences = 0, dates = 0;
        long[] byKind = new long[FuzzInputs.Kinds.Length];
        double slowestMs = 0;
        long slowest = 0;
        long first = only >= 0 ? only : 0;
        long end = only >= 0 ? only + 1 : count;
        for (long i = first; i < end; i++)
        {
            var (text, kind, date, variant) = inputs.Make(i, maxLength);
            byKind[kind]++;
            characters += text.Length;
            var document = new Document("fuzz-" + i.ToString(CultureInfo.InvariantCulture), text, new DocumentInfo { Date = date });
            Volatile.Write(ref _startedAt, Stopwatch.GetTimestamp());
            Volatile.Write(ref _current, i);
            string? problem;
            try
            {
                foreach (var stage in pipelines[variant & 1])
                {
                    stage.Process(document, CancellationToken.None);
                }
                problem = Check(document);
            }
            catch (Exception ex)
            {
                problem = ex.ToString();
            }
            double ms = Stopwatch.GetElapsedTime(Volatile.Read(ref _startedAt)).TotalMilliseconds;
            Volatile.Write(ref _current, -1);
            if (ms > slowestMs)
            {
                slowestMs = ms;
                slowest = i;
            }
            tokens += document.Tokens.Length;
            sentences += document.Sentences.Length;
            dates += document.Mentions.Length;
            if (problem is not null)
            {
                findings++;
                Save(outFolder, "finding", i, text, date, variant, problem);
                Console.WriteLine($"finding at input {i} ({FuzzInputs.Kinds[kind]}): {problem.Split('\n')[0]}");
            }
            if ((i + 1) % 100_000 == 0)
            {
                Console.WriteLine($"  {i + 1:N0} inputs, {findings} findings, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        long run = end - first;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {run:N0} inputs ({string.Join(", ", FuzzInputs.Kinds.Select((k, n) => $"{byKind[n]:N0} {k}"))}), {characters:N0} characters, " +
            $"{tokens:N0} tokens, {sentences:N0} sentences, {dates:N0} dates; {findings} findings (exceptions or broken spans), 0 hangs; " +
            $"{clock.Elapsed.TotalSeconds:F1} s, {run / clock.Elapsed.TotalSeconds:N0} inputs/s; slowest input {slowest} at {slowestMs:F1} ms"));
        return findings == 0 ? 0 : 1;
    }

    // The stages of pipeline.yaml, in its order, with the bundled gazetteers and models.
    private static IStage[] Pipeline(SlashOrder order, bool joinWrapped, Models models) =>
    [
        new Tokenizer(TokenizerOptions.Default),
        new SentenceSplitter(new SentenceSplitterOptions { JoinWrappedLines = joinWrapped }),
        new FurnitureMarker(FurnitureMarkerOptions.Default),
        models.Spotter,
        models.Recognizer,
        new DocumentDateFinder(new DocumentDateFinderOptions { SlashOrder = order }),
        new DateRecognizer(new DateRecognizerOptions { SlashOrder = order }),
        models.Drivers,
    ];

    /// <summary>The gazetteer stage, the entity recogniser and the driver scorer, loaded once from the repository.</summary>
    private sealed record Models(GazetteerSpotter Spotter, EntityRecognizer Recognizer, DriverScorer Drivers)
    {
        public static Models Load(string root)
        {
            var gazetteer = Gazetteer.Load(Path.Combine(root, "data", "gazetteers"));
            return new Models(
                new GazetteerSpotter(gazetteer),
                new EntityRecognizer(new EntityRecognizerOptions { Model = Path.Combine(root, "models", "ner.bin") }, gazetteer),
                new DriverScorer(new DriverScorerOptions { Model = Path.Combine(root, "models", "drivers.zip") }));
        }
    }

    // What every stage promises: tokens in order inside the text, never splitting a surrogate pair;
    // sentences tiling the tokens in order; each mention inside the text and inside its sentence.
    private static string? Check(Document document)
    {
        string text = document.Text;
        int previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
            {
                return $"token {token.Start}-{token.End} out of order or outside the text ({text.Length})";
            }
            if (SplitsPair(text, token.Start) || SplitsPair(text, token.End))
            {
                return $"token {token.Start}-{token.End} splits a surrogate pair";
            }
            previousEnd = token.End;
        }
        int nextToken = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.FirstToken != nextToken || sentence.TokenCount <= 0)
            {
                return $"sentence at token {sentence.FirstToken} ({sentence.TokenCount} tokens) does not follow token {nextToken}";
            }
            nextToken = sentence.EndToken;
        }
        if (nextToken != document.Tokens.Length)
        {
            return $"sentences end at token {nextToken} of {document.Tokens.Length}";
        }
        foreach (var mention in document.Mentions)
        {
            if (mention.Span.Start < 0 || mention.Span.End > text.Length || mention.Span.IsEmpty)
            {
                return $"mention {mention.Span} outside the text";
            }
            var sentence = document.Sentences[mention.Sentence];
            if (mention.Span.Start < sentence.Span.Start || mention.Span.End > sentence.Span.End)
            {
                return $"mention {mention.Span} outside its sentence {sentence.Span}";
            }
            if (mention.Confidence is not (> 0 and <= 1) || (mention.Code.Length is not (0 or 2)))
            {
                return $"mention {mention.Span} has confidence {mention.Confidence} and code '{mention.Code}'";
            }
        }
        var scores = document.Scores;
        if (scores.Length != document.Sentences.Length)
        {
            return $"{scores.Length} driver scores for {document.Sentences.Length} sentences";
        }
        for (int s = 0; s < scores.Length; s++)
        {
            float score = scores[s].DriverScore;
            if (float.IsNaN(score) || score < 0 || score > 1 || (document.Sentences[s].IsFurniture && score != 0))
            {
                return $"sentence {s} has driver score {score} (furniture: {document.Sentences[s].IsFurniture})";
            }
        }
        return null;
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    // A hang cannot be interrupted safely: the watchdog saves the input and ends the process.
    private static void StartWatchdog(FuzzInputs inputs, int maxLength, int timeoutMs, string outFolder)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(Math.Max(10, timeoutMs / 10));
                long current = Volatile.Read(ref _current);
                if (current >= 0 && Stopwatch.GetElapsedTime(Volatile.Read(ref _startedAt)).TotalMilliseconds > timeoutMs && Volatile.Read(ref _current) == current)
                {
                    var (text, _, date, variant) = inputs.Make(current, maxLength);
                    Save(outFolder, "hang", current, text, date, variant, $"no result after {timeoutMs} ms");
                    Console.WriteLine($"hang at input {current}: saved to {outFolder}");
                    Environment.Exit(2);
                }
            }
        })
        { IsBackground = true, Name = "fuzz watchdog" };
        thread.Start();
    }

    private static void Save(string folder, string kind, long index, string text, DateOnly? date, int variant, string problem)
    {
        Directory.CreateDirectory(folder);
        string name = Path.Combine(folder, $"{kind}-{index}");
        // The text as UTF-16 code units in hex too: lone surrogates do not survive a UTF-8 file.
        File.WriteAllText(name + ".txt",
            $"input {index}, variant {variant}, document date {date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}\n{problem}\n\nutf16: {Convert.ToHexString(Encoding.Unicode.GetBytes(text))}\n\ntext:\n{text}\n",
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string[] LoadSamples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot(), "data", "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    // The folder holding IskpNlp.sln, above the program: the samples, gazetteers and models are read from there.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IskpNlp.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("IskpNlp.sln not found above " + AppContext.BaseDirectory + "; run the fuzzer inside the repository");
    }

    private static long Option(string[] args, string name, long defaultValue) =>
        Text(args, name) is { } value ? long.Parse(value, CultureInfo.InvariantCulture) : defaultValue;

    private static string? Text(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
