using System.Text;
using CsvHelper;

namespace IskpNlp.Output;

/// <summary>
/// Writes mentions.csv, sentences.csv and documents.csv into a folder, a document at a time.
/// Files grow under temporary names and are moved into place by <see cref="Complete"/>, so a crash
/// never leaves a file that looks complete. <see cref="Sync"/> makes what is written durable and
/// returns the lengths a <see cref="Checkpoint"/> records; a writer opened on those lengths continues
/// the files from there.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    public const string MentionsFile = "mentions.csv";
    public const string SentencesFile = "sentences.csv";
    public const string DocumentsFile = "documents.csv";
    public const string PartialSuffix = ".partial";

    /// <summary>The CSV files, by final name, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Files = [MentionsFile, SentencesFile, DocumentsFile];

    private readonly string _folder;
    [ThreadStatic]
    private static RowRenderer? t_renderer;

    private readonly FileStream[] _streams = new FileStream[3];
    private readonly StreamWriter[] _text = new StreamWriter[3];
    private readonly CsvWriter _mentions;
    private readonly CsvWriter _sentences;
    private readonly CsvWriter _documents;
    private bool _completed;

    /// <summary>Starts the three files afresh, header rows first.</summary>
    public OutputWriter(string folder, OutputOptions options)
        : this(folder, options, resumeFrom: null)
    {
    }

    /// <param name="folder">The output folder, created if missing.</param>
    /// <param name="options">The output options.</param>
    /// <param name="resumeFrom">
    /// Byte lengths by file name from a <see cref="Checkpoint"/>: each partial file is cut back to its
    /// length (dropping a document written after the checkpoint, whole or in part) and continued from
    /// there. Null starts afresh.
    /// </param>
    /// <exception cref="InvalidDataException">A partial file is missing or shorter than its checkpointed length.</exception>
    public OutputWriter(string folder, OutputOptions options, IReadOnlyDictionary<string, long>? resumeFrom)
    {
        ArgumentNullException.ThrowIfNull(options);
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: options.Excel);
        _mentions = Open(0, encoding, new MentionRowMap(), resumeFrom);
        _sentences = Open(1, encoding, new SentenceRowMap(), resumeFrom);
        _documents = Open(2, encoding, new DocumentRowMap(), resumeFrom);
    }

    public string Folder => _folder;

    public static string PartialPath(string folder, string file) => Path.Combine(folder, file + PartialSuffix);

    public void Write(Documents.Document document) => Write(Render(document));

    /// <summary>
    /// The CSV rows of a document as text, rendered on the calling thread: workers render in
    /// parallel and the one writing thread only appends (<see cref="Write(RenderedRows)"/>).
    /// </summary>
    public static RenderedRows Render(Documents.Document document)
    {
        var renderer = t_renderer ??= new RowRenderer();
        var map = new CodePointMap(document.Text);
        return new RenderedRows(
            renderer.Mentions.Render(RowBuilder.Mentions(document, map)),
            renderer.Sentences.Render(RowBuilder.Sentences(document, map)),
            renderer.Documents.Render([RowBuilder.Document(document)]));
    }

    /// <summary>Appends a document's rendered rows to the three files.</summary>
    public void Write(RenderedRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _text[0].Write(rows.Mentions);
        _text[1].Write(rows.Sentences);
        _text[2].Write(rows.Document);
    }

    /// <summary>Flushes every file to the disk (fsync) and returns their byte lengths by file name.</summary>
    public IReadOnlyDictionary<string, long> Sync()
    {
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        var writers = new[] { _mentions, _sentences, _documents };
        for (int i = 0; i < writers.Length; i++)
        {
            writers[i].Flush();
            _streams[i].Flush(flushToDisk: true);
            lengths[Files[i]] = _streams[i].Length;
        }
        return lengths;
    }

    /// <summary>Flushes the files to the disk and moves them to their final names.</summary>
    public void Complete()
    {
        Sync();
        foreach (var writer in new[] { _mentions, _sentences, _documents })
        {
            writer.Dispose();
        }
        foreach (string name in Files)
        {
            File.Move(PartialPath(_folder, name), Path.Combine(_folder, name), overwrite: true);
        }
        DurableFile.SyncFolder(_folder);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed)
        {
            return;
        }
        _mentions.Dispose();
        _sentences.Dispose();
        _documents.Dispose();
    }

    private CsvWriter Open<TMap>(int index, Encoding encoding, TMap map, IReadOnlyDictionary<string, long>? resumeFrom)
        where TMap : CsvHelper.Configuration.ClassMap
    {
        string name = Files[index];
        string path = PartialPath(_folder, name);
        FileStream stream;
        if (resumeFrom is null)
        {
            stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        else
        {
            if (!resumeFrom.TryGetValue(name, out long length))
            {
                throw new InvalidDataException($"the checkpoint has no length for {name}");
            }
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{path} is missing; the checkpoint says it holds {length} bytes");
            }
            stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, 1 << 16);
            if (stream.Length < length)
            {
                long actual = stream.Length;
                stream.Dispose();
                throw new InvalidDataException($"{path} holds {actual} bytes, fewer than the {length} the checkpoint recorded");
            }
            // Whatever follows the checkpoint belongs to documents that are redone.
            stream.SetLength(length);
            stream.Seek(0, SeekOrigin.End);
        }
        _streams[index] = stream;
        // A StreamWriter on a stream past its start writes no byte-order mark, so a resumed file keeps one BOM.
        _text[index] = new StreamWriter(stream, encoding, 1 << 16);
        var writer = new CsvWriter(_text[index], CsvFormat.Configuration);
        writer.Context.RegisterClassMap(map);
        if (resumeFrom is null)
        {
            var recordType = map.GetType().BaseType!.GetGenericArguments()[0];
            writer.WriteHeader(recordType);
            writer.NextRecord();
        }
        // The header goes through the CsvWriter; rows arrive rendered and go straight to the text writer.
        writer.Flush();
        return writer;
    }
}
