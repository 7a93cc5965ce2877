using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IskpNlp.Input;

/// <summary>
/// A short text that changes when an input changes: a file's path, length and modification time; for
/// a folder, a hash over the same for every document file below it. A resumed run compares it with the
/// checkpoint's, since skipping N documents is right only when the first N are the same ones.
/// </summary>
public static class InputFingerprint
{
    /// <exception cref="InputException">The path does not exist.</exception>
    public static string Of(string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"folder:{full}:{FolderHash(full)}";
        }
        if (File.Exists(full))
        {
            var info = new FileInfo(full);
            return string.Create(CultureInfo.InvariantCulture, $"file:{full}:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
        }
        throw new InputException($"input '{path}' does not exist");
    }

    private static string FolderHash(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(FileDocumentReader.IsDocumentFile)
            .Select(file => (Path: file, Id: Path.GetRelativePath(folder, file).Replace('\\', '/')))
            .OrderBy(file => file.Id, StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int count = 0;
        foreach (var (file, id) in files)
        {
            var info = new FileInfo(file);
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}\n")));
            count++;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{count}:{Convert.ToHexStringLower(hash.GetHashAndReset())}");
    }
}
