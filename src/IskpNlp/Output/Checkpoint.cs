using System.Text.Json;
using System.Text.Json.Serialization;

namespace IskpNlp.Output;

/// <summary>
/// <c>.checkpoint</c> in the output folder of an unfinished run: how many input documents are fully
/// written, the byte length of each <c>.partial</c> file at that point, the counts so far, and what
/// the run was (configuration and input fingerprints) so that <c>--resume</c> continues only the same
/// run. Written after the partial files are synced, replaced atomically; deleted when the run ends.
/// </summary>
public sealed record Checkpoint
{
    public const string FileName = ".checkpoint";

    /// <summary>Bumped when the fields change; an older checkpoint is refused with a clear reason.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public int Format { get; init; } = CurrentFormat;

    /// <summary>SHA-256 of the resolved configuration and the models (see <see cref="RunReport.ConfigurationSha256"/>).</summary>
    public required string ConfigSha256 { get; init; }

    /// <summary>The input as run.json names it.</summary>
    public required string Input { get; init; }

    /// <summary>What the input was when the run started (see <see cref="Input.InputFingerprint"/>).</summary>
    public required string InputFingerprint { get; init; }

    /// <summary>Input documents whose rows are all in the partial files, counted in input order.</summary>
    public required int Documents { get; init; }

    public required int Ok { get; init; }

    public required int Failed { get; init; }

    public required long Tokens { get; init; }

    /// <summary>Byte length of each partial file (by its final name) when the checkpoint was taken.</summary>
    public required IReadOnlyDictionary<string, long> FileLengths { get; init; }

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>The checkpoint of <paramref name="folder"/>, or null when it has none.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a checkpoint this program wrote.</exception>
    public static Checkpoint? Read(string folder)
    {
        string path = PathIn(folder);
        if (!File.Exists(path))
        {
            return null;
        }
        Checkpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a checkpoint of this program ({ex.Message.Split('\n')[0]})", ex);
        }
        if (checkpoint is null || checkpoint.Format != CurrentFormat)
        {
            throw new InvalidDataException($"{path}: checkpoint format {checkpoint?.Format}, this program reads format {CurrentFormat}");
        }
        if (checkpoint.Documents < 0 || checkpoint.FileLengths.Values.Any(length => length < 0))
        {
            throw new InvalidDataException($"{path}: negative counts or lengths");
        }
        return checkpoint;
    }

    /// <summary>Replaces the folder's checkpoint durably (write temporary, fsync, rename, fsync the folder).</summary>
    public void Write(string folder) => DurableFile.WriteAllText(PathIn(folder), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Removes the folder's checkpoint: the run it described is complete.</summary>
    public static void Delete(string folder) => DurableFile.Delete(PathIn(folder));
}
