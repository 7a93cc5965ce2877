using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;
using IskpNlp.Input;
using IskpNlp.Pipeline;

namespace IskpNlp.Output;

/// <summary>
/// <c>iskp-nlp merge</c>: joins the output folders of the shards of one run into one folder equal to
/// a single run over the whole input (run.json apart). The order is the input's: the merger reads the
/// input's document ids again and takes each document's rows from the shard its id hashes to, so the
/// input must be where the shards read it, unchanged. Before writing anything it checks that every
/// shard 0..N-1 is there exactly once, finished, and ran on the same input with the same configuration.
/// </summary>
public static class ShardMerger
{
    private const int DocumentIdColumn = 0;
    private const int SentencesColumn = 9;
    private const int MentionsColumn = 10;

    /// <exception cref="MergeException">A shard is missing, duplicated, unfinished or from another run, or its rows do not match the input.</exception>
    public static JsonObject Merge(IReadOnlyList<string> shardFolders, string outputFolder, CancellationToken cancellationToken)
    {
        var shards = ReadShards(shardFolders);
        var first = shards[0];
        string folder = Path.GetFullPath(outputFolder);
        if (shards.Any(s => Path.GetFullPath(s.Folder) == folder))
        {
            throw new MergeException($"the output folder {folder} is one of the shard folders; merge into a new folder");
        }
        string fingerprint = InputFingerprint.Of(first.Input);
        if (fingerprint != first.InputFingerprint)
        {
            throw new MergeException($"'{first.Input}' changed since the shards read it, so its order cannot be recovered; rerun the shards");
        }
        var source = DocumentSources.Open(first.Input, first.InputOptions);
        Directory.CreateDirectory(folder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: first.Excel);
        var readers = shards.Select(s => new ShardReader(s)).ToArray();
        try
        {
            using (var documents = new StreamWriter(OutputWriter.PartialPath(folder, OutputWriter.DocumentsFile), false, encoding))
            using (var mentions = new StreamWriter(OutputWriter.PartialPath(folder, OutputWriter.MentionsFile), false, encoding))
            using (var sentences = new StreamWriter(OutputWriter.PartialPath(folder, OutputWriter.SentencesFile), false, encoding))
            {
                documents.Write(readers[0].Documents.Header);
                mentions.Write(readers[0].Mentions.Header);
                sentences.Write(readers[0].Sentences.Header);
                foreach (var document in source.Read(0, cancellationToken))
                {
                    var shard = readers[ShardSpec.ShardOf(document.Id, readers.Length)];
                    var row = shard.Documents.Next(document.Id)
                        ?? throw new MergeException($"{shard.Folder}: no row for document '{document.Id}' of the input; the shard is incomplete or from another input");
                    documents.Write(row.Raw);
                    shard.Mentions.Copy(mentions, document.Id, Count(row, MentionsColumn, shard.Folder));
                    shard.Sentences.Copy(sentences, document.Id, Count(row, SentencesColumn, shard.Folder));
                }
            }
            foreach (var reader in readers)
            {
                reader.EnsureAtEnd();
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
        foreach (string name in OutputWriter.Files)
        {
            File.Move(OutputWriter.PartialPath(folder, name), Path.Combine(folder, name), overwrite: true);
        }
        var report = Report(shards);
        RunReport.Write(folder, report);
        return report;
    }

    private static int Count(CsvRecord row, int column, string folder) =>
        int.TryParse(row.Fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? count
            : throw new MergeException($"{folder}: documents.csv row of '{row.Fields[DocumentIdColumn]}' has no count in column {column + 1}");

    private static List<ShardRun> ReadShards(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0)
        {
            throw new MergeException("no shard folders given");
        }
        var shards = folders.Select(ShardRun.Read).ToList();
        int count = shards[0].Count;
        foreach (var shard in shards)
        {
            if (shard.Count != count)
            {
                throw new MergeException($"{shard.Folder} is shard {shard.Index}/{shard.Count}, but {shards[0].Folder} is one of {count} shards");
            }
            if (shard.ConfigurationSha256 != shards[0].ConfigurationSha256 || shard.Input != shards[0].Input)
            {
                throw new MergeException($"{shard.Folder} ran on another input or configuration than {shards[0].Folder}");
            }
        }
        var duplicated = shards.GroupBy(s => s.Index).Where(g => g.Count() > 1).Select(g => $"{g.Key} ({string.Join(", ", g.Select(s => s.Folder))})").ToArray();
        if (duplicated.Length > 0)
        {
            throw new MergeException($"shard(s) given twice: {string.Join("; ", duplicated)}");
        }
        var missing = Enumerable.Range(0, count).Except(shards.Select(s => s.Index)).ToArray();
        if (missing.Length > 0)
        {
            throw new MergeException($"missing shard(s) {string.Join(", ", missing)} of {count}");
        }
        return [.. shards.OrderBy(s => s.Index)];
    }

    private static JsonObject Report(IReadOnlyList<ShardRun> shards)
    {
        var report = (JsonObject)shards[0].Report.DeepClone();
        report["started"] = shards.Min(s => s.Report["started"]!.GetValue<string>());
        report["ended"] = shards.Max(s => s.Report["ended"]!.GetValue<string>());
        report["documents"] = new JsonObject
        {
            ["total"] = shards.Sum(s => s.Report["documents"]!["total"]!.GetValue<int>()),
            ["ok"] = shards.Sum(s => s.Report["documents"]!["ok"]!.GetValue<int>()),
            ["failed"] = shards.Sum(s => s.Report["documents"]!["failed"]!.GetValue<int>()),
        };
        report["tokens"] = shards.Sum(s => s.Report["tokens"]!.GetValue<long>());
        report["shard"] = null;
        report["merged_from"] = new JsonArray(shards.Select(s => (JsonNode?)new JsonObject
        {
            ["folder"] = Path.GetFullPath(s.Folder),
            ["shard"] = $"{s.Index}/{s.Count}",
            ["seconds"] = s.Report["seconds"]?.DeepClone(),
            ["tokens_per_second"] = s.Report["tokens_per_second"]?.DeepClone(),
        }).ToArray());
        return report;
    }

    /// <summary>What a shard's run.json says about it.</summary>
    private sealed record ShardRun(string Folder, int Index, int Count, string Input, string InputFingerprint, string ConfigurationSha256, InputOptions InputOptions, bool Excel, JsonObject Report)
    {
        private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

        public static ShardRun Read(string folder)
        {
            string path = Path.Combine(folder, RunReport.FileName);
            if (!File.Exists(path))
            {
                throw new MergeException($"{folder}: no {RunReport.FileName}; the shard has not finished (or is not an output folder)");
            }
            try
            {
                var report = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
                var shard = report["shard"] as JsonObject
                    ?? throw new MergeException($"{folder}: not a shard (run without --shard)");
                var pipeline = report["pipeline"]!.AsObject();
                return new ShardRun(
                    folder,
                    shard["index"]!.GetValue<int>(),
                    shard["count"]!.GetValue<int>(),
                    report["input"]!.GetValue<string>(),
                    report["input_fingerprint"]!.GetValue<string>(),
                    report["configuration_sha256"]!.GetValue<string>(),
                    pipeline["input"]!.Deserialize<InputOptions>(Json) ?? new InputOptions(),
                    pipeline["output"]?["excel"]?.GetValue<bool>() ?? false,
                    report);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
            {
                throw new MergeException($"{path}: not a run.json of this program ({ex.Message.Split('\n')[0]})");
            }
        }
    }

    /// <summary>A record as written (its raw text, line end included) and its fields.</summary>
    private sealed record CsvRecord(string Raw, string[] Fields);

    /// <summary>One CSV file of a shard, read a record at a time.</summary>
    private sealed class RecordReader : IDisposable
    {
        private readonly CsvParser _parser;
        private readonly string _path;

        public RecordReader(string path)
        {
            _path = path;
            if (!File.Exists(path))
            {
                throw new MergeException($"{path} is missing");
            }
            _parser = new CsvParser(new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), new CsvConfiguration(CultureInfo.InvariantCulture));
            Header = _parser.Read() ? _parser.RawRecord : throw new MergeException($"{path} has no header row");
        }

        public string Header { get; }

        public CsvRecord? Next(string expectedId)
        {
            if (!_parser.Read())
            {
                return null;
            }
            var record = new CsvRecord(_parser.RawRecord, _parser.Record ?? []);
            string id = Unguard(record.Fields[DocumentIdColumn]);
            if (id != expectedId && record.Fields[DocumentIdColumn] != expectedId)
            {
                throw new MergeException($"{_path}: expected a row of document '{expectedId}', found '{record.Fields[DocumentIdColumn]}'; the shard does not match the input");
            }
            return record;
        }

        public void Copy(TextWriter output, string documentId, int rows)
        {
            for (int i = 0; i < rows; i++)
            {
                var record = Next(documentId) ?? throw new MergeException($"{_path} ends inside the rows of document '{documentId}'");
                output.Write(record.Raw);
            }
        }

        public bool AtEnd() => !_parser.Read();

        public void Dispose() => _parser.Dispose();

        // Ids that a spreadsheet would run as formulas are written with a leading ' (OUTPUT.md).
        private static string Unguard(string id) => id.Length > 1 && id[0] == '\'' && id[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? id[1..] : id;
    }

    /// <summary>The three CSV files of one shard.</summary>
    private sealed class ShardReader : IDisposable
    {
        public ShardReader(ShardRun shard)
        {
            Folder = shard.Folder;
            Documents = new RecordReader(Path.Combine(shard.Folder, OutputWriter.DocumentsFile));
            Mentions = new RecordReader(Path.Combine(shard.Folder, OutputWriter.MentionsFile));
            Sentences = new RecordReader(Path.Combine(shard.Folder, OutputWriter.SentencesFile));
        }

        public string Folder { get; }

        public RecordReader Documents { get; }

        public RecordReader Mentions { get; }

        public RecordReader Sentences { get; }

        public void EnsureAtEnd()
        {
            foreach (var (reader, name) in new[] { (Documents, OutputWriter.DocumentsFile), (Mentions, OutputWriter.MentionsFile), (Sentences, OutputWriter.SentencesFile) })
            {
                if (!reader.AtEnd())
                {
                    throw new MergeException($"{Path.Combine(Folder, name)} has rows for documents the input does not have; the shard is from another input");
                }
            }
        }

        public void Dispose()
        {
            Documents.Dispose();
            Mentions.Dispose();
            Sentences.Dispose();
        }
    }
}
