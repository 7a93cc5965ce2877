using IskpNlp.Documents;

namespace IskpNlp.Output;

/// <summary>
/// The output folder of one run, with checkpoints: an <see cref="OutputWriter"/> that, every
/// <see cref="OutputOptions.CheckpointEvery"/> documents or <see cref="OutputOptions.CheckpointSeconds"/>,
/// syncs the partial files and then records in <see cref="Checkpoint"/> how many documents they hold.
/// Used from the runner's one writing thread.
/// </summary>
internal sealed class CheckpointedOutput : IDisposable
{
    private readonly OutputWriter _writer;
    private readonly OutputOptions _options;
    private readonly TimeProvider _time;
    private readonly string _configSha256;
    private readonly string _input;
    private readonly string _inputFingerprint;
    private int _sinceCheckpoint;
    private long _lastCheckpoint;

    /// <param name="folder">The output folder.</param>
    /// <param name="options">The output options.</param>
    /// <param name="configSha256">The configuration's fingerprint, recorded for --resume.</param>
    /// <param name="input">The input's description, recorded for --resume.</param>
    /// <param name="inputFingerprint">The input's fingerprint, recorded for --resume.</param>
    /// <param name="resumeFrom">The checkpoint to continue from; null starts afresh.</param>
    /// <param name="time">The clock of the checkpoint interval.</param>
    /// <exception cref="InvalidDataException">The partial files do not match <paramref name="resumeFrom"/>.</exception>
    public CheckpointedOutput(string folder, OutputOptions options, string configSha256, string input, string inputFingerprint, Checkpoint? resumeFrom, TimeProvider time)
    {
        _options = options;
        _time = time;
        _configSha256 = configSha256;
        _input = input;
        _inputFingerprint = inputFingerprint;
        _writer = new OutputWriter(folder, options, resumeFrom?.FileLengths);
        Documents = resumeFrom?.Documents ?? 0;
        Ok = resumeFrom?.Ok ?? 0;
        Failed = resumeFrom?.Failed ?? 0;
        Tokens = resumeFrom?.Tokens ?? 0;
        // A checkpoint from the start marks the folder as holding an unfinished run.
        Checkpoint();
    }

    public string Folder => _writer.Folder;

    /// <summary>Documents written, this run and the runs it resumes.</summary>
    public int Documents { get; private set; }

    public int Ok { get; private set; }

    public int Failed { get; private set; }

    public long Tokens { get; private set; }

    public void Write(Document document) => Write(document, OutputWriter.Render(document));

    /// <summary>Writes a document whose rows a worker has rendered already.</summary>
    public void Write(Document document, RenderedRows rows)
    {
        _writer.Write(rows);
        Documents++;
        if (document.Status == DocumentStatus.Ok)
        {
            Ok++;
        }
        else
        {
            Failed++;
        }
        Tokens += document.Tokens.Length;
        if (++_sinceCheckpoint >= _options.CheckpointEvery || _time.GetElapsedTime(_lastCheckpoint).TotalSeconds >= _options.CheckpointSeconds)
        {
            Checkpoint();
        }
    }

    /// <summary>Syncs the partial files, then records their lengths and the counts in the checkpoint.</summary>
    public void Checkpoint()
    {
        var lengths = _writer.Sync();
        new Checkpoint
        {
            ConfigSha256 = _configSha256,
            Input = _input,
            InputFingerprint = _inputFingerprint,
            Documents = Documents,
            Ok = Ok,
            Failed = Failed,
            Tokens = Tokens,
            FileLengths = lengths,
        }.Write(_writer.Folder);
        _sinceCheckpoint = 0;
        _lastCheckpoint = _time.GetTimestamp();
    }

    /// <summary>
    /// Takes a last checkpoint and moves the files to their final names. A crash after this point is
    /// resumed with nothing left to process; the caller deletes the checkpoint once run.json is written.
    /// </summary>
    public void Complete()
    {
        Checkpoint();
        _writer.Complete();
    }

    public void Dispose() => _writer.Dispose();
}
