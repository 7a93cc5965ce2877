using System.Text;
using CsvHelper;

namespace IskpNlp.Output;

/// <summary>
/// Writes mentions.csv, sentences.csv and documents.csv into a folder, a document at a time.
/// Files grow under temporary names and are moved into place by <see cref="Complete"/>, so a crash
/// never leaves a file that looks complete.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    public const string MentionsFile = "mentions.csv";
    public const string SentencesFile = "sentences.csv";
    public const string DocumentsFile = "documents.csv";
    public const string PartialSuffix = ".partial";

    private readonly string _folder;
    private readonly CsvWriter _mentions;
    private readonly CsvWriter _sentences;
    private readonly CsvWriter _documents;
    private bool _completed;

    public OutputWriter(string folder, OutputOptions options)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: options.Excel);
        _mentions = Open(MentionsFile, encoding, new MentionRowMap());
        _sentences = Open(SentencesFile, encoding, new SentenceRowMap());
        _documents = Open(DocumentsFile, encoding, new DocumentRowMap());
    }

    public string Folder => _folder;

    public void Write(Documents.Document document)
    {
        var map = new CodePointMap(document.Text);
        _mentions.WriteRecords(RowBuilder.Mentions(document, map));
        _sentences.WriteRecords(RowBuilder.Sentences(document, map));
        _documents.WriteRecord(RowBuilder.Document(document));
        _documents.NextRecord();
    }

    /// <summary>Flushes the files and moves them to their final names.</summary>
    public void Complete()
    {
        foreach (var writer in new[] { _mentions, _sentences, _documents })
        {
            writer.Flush();
            writer.Dispose();
        }
        foreach (string name in new[] { MentionsFile, SentencesFile, DocumentsFile })
        {
            File.Move(Path.Combine(_folder, name + PartialSuffix), Path.Combine(_folder, name), overwrite: true);
        }
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

    private CsvWriter Open<TMap>(string name, Encoding encoding, TMap map)
        where TMap : CsvHelper.Configuration.ClassMap
    {
        var stream = new FileStream(Path.Combine(_folder, name + PartialSuffix), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var writer = new CsvWriter(new StreamWriter(stream, encoding, 1 << 16), CsvFormat.Configuration);
        writer.Context.RegisterClassMap(map);
        var recordType = map.GetType().BaseType!.GetGenericArguments()[0];
        writer.WriteHeader(recordType);
        writer.NextRecord();
        return writer;
    }
}
