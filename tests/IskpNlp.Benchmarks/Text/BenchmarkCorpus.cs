using System.Text;
using System.Text.Json;

namespace IskpNlp.Benchmarks.Text;

/// <summary>
/// The article-style text the text benchmarks run on: paragraphs of the project's articles
/// (data/samples/*.txt and the texts of data/eval/*.docs.jsonl), or of a small built-in set when there
/// are none, recombined with a fixed seed into documents of a few kilobytes, at least 5 MB in all.
/// Training files are left out: they hold one annotated sentence a line, no paragraphs, so each
/// would come in whole as one "paragraph" of 30–180 KB of entity-dense sentences.
/// </summary>
internal sealed class BenchmarkCorpus
{
    /// <summary>The least size of the corpus, in UTF-8 bytes.</summary>
    public const int MinBytes = 5 * 1024 * 1024;

    private const int Seed = 20240322;

    private static readonly Lazy<BenchmarkCorpus> Shared = new(Create);

    private BenchmarkCorpus(IReadOnlyList<string> documents, string source, int paragraphs)
    {
        Documents = documents;
        Source = source;
        Paragraphs = paragraphs;
        Bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
    }

    /// <summary>The corpus, built once per process; the same in every process.</summary>
    public static BenchmarkCorpus Instance => Shared.Value;

    public IReadOnlyList<string> Documents { get; }

    /// <summary>Where the paragraphs came from, for the report.</summary>
    public string Source { get; }

    public int Paragraphs { get; }

    public long Bytes { get; }

    private static BenchmarkCorpus Create()
    {
        var paragraphs = new List<string>();
        string source = "built-in paragraphs";
        if (FindRepositoryRoot() is { } root)
        {
            foreach (string text in ReadProjectTexts(root))
            {
                paragraphs.AddRange(SplitParagraphs(text));
            }
            if (paragraphs.Count > 0)
            {
                source = $"{paragraphs.Count} paragraphs of data/samples and data/eval";
            }
        }
        if (paragraphs.Count == 0)
        {
            paragraphs.AddRange(BuiltIn);
        }

        var random = new Random(Seed);
        var documents = new List<string>();
        var builder = new StringBuilder();
        long bytes = 0;
        while (bytes < MinBytes)
        {
            builder.Clear();
            int count = random.Next(8, 25);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    builder.Append("\n\n");
                }
                builder.Append(paragraphs[random.Next(paragraphs.Count)]);
            }
            string document = builder.ToString();
            documents.Add(document);
            bytes += Encoding.UTF8.GetByteCount(document);
        }
        return new BenchmarkCorpus(documents, source, paragraphs.Count);
    }

    /// <summary>The folder holding IskpNlp.sln, above the running program or the current folder.</summary>
    internal static string? FindRepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "IskpNlp.sln")))
                {
                    return folder.FullName;
                }
            }
        }
        return null;
    }

    /// <summary>The texts of data/samples/*.txt and of data/eval/*.docs.jsonl (the "text" of each line), in path order.</summary>
    private static IEnumerable<string> ReadProjectTexts(string root)
    {
        string samples = Path.Combine(root, "data", "samples");
        if (Directory.Exists(samples))
        {
            foreach (string file in Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal))
            {
                yield return File.ReadAllText(file);
            }
        }
        string eval = Path.Combine(root, "data", "eval");
        if (!Directory.Exists(eval))
        {
            yield break;
        }
        foreach (string file in Directory.EnumerateFiles(eval, "*.docs.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                if (TextField(line) is { } text)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>Training text without its '#' comment lines and with "[[name|TYPE]]" annotations reduced to the name.</summary>
    internal static string PlainTrainingText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            int at = 0;
            while (at < line.Length)
            {
                int open = line.IndexOf("[[", at, StringComparison.Ordinal);
                int bar = open < 0 ? -1 : line.IndexOf('|', open);
                int close = bar < 0 ? -1 : line.IndexOf("]]", bar, StringComparison.Ordinal);
                if (close < 0)
                {
                    builder.Append(line, at, line.Length - at);
                    break;
                }
                builder.Append(line, at, open - at).Append(line, open + 2, bar - open - 2);
                at = close + 2;
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static string? TextField(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // a line that is not JSON is no text to measure, not a reason to stop the benchmark
        }
    }

    private static IEnumerable<string> SplitParagraphs(string text) =>
        text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Article-style paragraphs written for the benchmark: headings, bylines, body, quotes, numbers, links, other scripts.</summary>
    private static readonly string[] BuiltIn =
    [
        "Borderlands: Recruitment Along the Amu Darya",
        "By Mira Kestrel\nSep 14, 2023",
        "Unemployment in the border districts has pushed thousands of young Tajiks and Uzbeks to look for work in Russia, where many live in crowded dormitories on the edge of Moscow. Recruiters from the Islamic State Khorasan Province (ISKP) follow them there, offering money, a sense of belonging and a story of humiliation avenged.",
        "According to a 2023 U.S. State Department report, at least 1,500 Central Asians travelled to Syria and Iraq between 2014 and 2016. Dr. Rahimov, who studied their files, said most had been “ordinary labour migrants” before they left; only 3.5% had a criminal record.",
        "On March 22, gunmen opened fire in a concert hall outside Moscow, killing more than 140 people. Within hours, ISIS-K claimed the attack on its Telegram channels (see https://example.org/reports/2024-03-22?lang=en). Four Tajik nationals were arrested near the Ukrainian border.",
        "The Taliban’s takeover of Kabul in August 2021 changed the calculus. Tehrik-i-Taliban Pakistan fighters moved freely across the Afghanistan-Pakistan border, while al-Qaeda’s leadership found shelter in the capital. Gen. Mirzaev warned that “the border is porous... and the smugglers know it.”",
        "Propaganda in Tajik, Uzbek and Kyrgyz is produced by Al-Azaim Media and spread through #Khorasan hashtags and @handles that are deleted and recreated within days. Analysts at the Centre (contact: desk@monitor.example.com) counted 50,000 posts in the first quarter alone.",
        "Why do they join? Poverty alone does not explain it. Repression at home — the closure of mosques, the ban on beards, the arrests of relatives — is cited again and again in court records from Dushanbe and Tashkent.",
        "Москва, 22 марта. Следственный комитет сообщил о задержании четырёх подозреваемых. В Душанбе родственники говорят, что узнали обо всём из новостей.",
        "قالت مصادر محلية إن عناصر من ولاية خراسان عبروا الحدود ليلاً. وأضافت أن التجنيد يتم عبر تطبيق تيليغرام، وبلغة الطاجيك في الغالب.",
        "1. Economic hardship and dependence on remittances\n2. Restrictions on religious practice\n3. Networks in prisons and among migrants abroad",
        "The map below shows the districts most affected. Image source",
        "“We were nobody in Russia,” one returnee told Radio Ozodi in 2019. “They gave us a name.” He spent five years in a Syrian camp before he was repatriated on 22/03/2020 — one of 84 women, children and men flown home that week 🇹🇯.",
        "Related: Hizb ut-Tahrir, Jamaat Ansarullah and the Islamic Movement of Uzbekistan (IMU) in the Fergana Valley, 1999–2004; a timeline.",
    ];
}
