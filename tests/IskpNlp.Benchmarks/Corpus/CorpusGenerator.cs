using System.Globalization;
using System.Text;
using System.Text.Json;
using IskpNlp.Benchmarks.Text;

namespace IskpNlp.Benchmarks.Corpus;

/// <summary>
/// Writes a reproducible JSONL corpus for end-to-end runs by recombining the project's own text:
/// paragraphs of data/samples, the sentences of data/training/drivers.csv and the annotated entity
/// sentences (without their markup). Every document gets a dateline, a title and 6–16 paragraphs;
/// half carry a metadata date. The same seed and size give the same bytes on every machine.
/// </summary>
/// <example>dotnet run -c Release --project tests/IskpNlp.Benchmarks -- corpus --docs 20000 --out /tmp/corpus.jsonl</example>
internal static class CorpusGenerator
{
    public static int Run(string[] args)
    {
        int documents = 20000;
        string output = "corpus.jsonl";
        int seed = 20261127;
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--docs":
                    documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[i + 1];
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; usage: corpus [--docs N] [--out FILE.jsonl] [--seed N]");
                    return 2;
            }
        }
        string root = BenchmarkCorpus.FindRepositoryRoot() ?? throw new InvalidOperationException("run from inside the repository");
        var (paragraphs, sentences) = ReadSources(root);
        var random = new Random(seed);
        long bytes = 0;
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            for (int d = 0; d < documents; d++)
            {
                string line = JsonSerializer.Serialize(Document(d, random, paragraphs, sentences));
                writer.WriteLine(line);
                bytes += Encoding.UTF8.GetByteCount(line) + 1;
            }
        }
        Console.WriteLine($"{documents} documents, {bytes / (1024.0 * 1024.0):F1} MB -> {output}");
        return 0;
    }

    private static Dictionary<string, object?> Document(int index, Random random, List<string> paragraphs, List<string> sentences)
    {
        var date = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 6 * 365));
        var text = new StringBuilder();
        string title = sentences[random.Next(sentences.Count)].TrimEnd('.');
        text.Append(title).Append("\n\n");
        text.Append(random.Next(3) switch
        {
            0 => $"Published {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            1 => date.ToString("MMM dd, yyyy", CultureInfo.InvariantCulture),
            _ => $"Updated: {date:yyyy-MM-dd}",
        }).Append("\n\n");
        int count = random.Next(6, 17);
        for (int p = 0; p < count; p++)
        {
            if (random.Next(4) == 0)
            {
                text.Append(paragraphs[random.Next(paragraphs.Count)]);
            }
            else
            {
                int length = random.Next(2, 7);
                for (int s = 0; s < length; s++)
                {
                    text.Append(s > 0 ? " " : "").Append(sentences[random.Next(sentences.Count)]);
                }
            }
            text.Append("\n\n");
        }
        return new Dictionary<string, object?>
        {
            ["id"] = $"doc-{index:D7}",
            ["title"] = title,
            ["date"] = index % 2 == 0 ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["text"] = text.ToString().TrimEnd(),
        };
    }

    private static (List<string> Paragraphs, List<string> Sentences) ReadSources(string root)
    {
        var paragraphs = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "data", "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            paragraphs.AddRange(File.ReadAllText(file).ReplaceLineEndings("\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p.Length > 80));
        }
        var sentences = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(root, "data", "training", "drivers.csv")).Skip(1))
        {
            // text,is_driver,categories: the text is everything before the last two fields.
            int last = line.LastIndexOf(',');
            int second = last > 0 ? line.LastIndexOf(',', last - 1) : -1;
            if (second > 0)
            {
                sentences.Add(line[..second].Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal));
            }
        }
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "data", "training", "entities"), "*.txt").Order(StringComparer.Ordinal))
        {
            sentences.AddRange(BenchmarkCorpus.PlainTrainingText(File.ReadAllText(file))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return (paragraphs, sentences);
    }
}
