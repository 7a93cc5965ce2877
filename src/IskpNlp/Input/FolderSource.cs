using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// Every .txt, .md, .html and .htm file below a folder, recursively, in ordinal path order;
/// <c>doc_id</c> is the path relative to the folder, with '/'. Ids are known before the files are read,
/// so a shard reads only its own files.
/// </summary>
public sealed class FolderSource : IIdFilteredSource
{
    private readonly string _folder;

    public FolderSource(string folder)
    {
        _folder = Path.GetFullPath(folder);
    }

    public string Description => _folder;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken) => Read(static _ => true, start, cancellationToken);

    public IEnumerable<Document> Read(Func<string, bool> include, int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentNullException.ThrowIfNull(include);
        var files = Directory.EnumerateFiles(_folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(FileDocumentReader.IsDocumentFile)
            .Select(path => (Path: path, Id: Path.GetRelativePath(_folder, path).Replace('\\', '/')))
            .OrderBy(file => file.Id, StringComparer.Ordinal)
            .Where(file => include(file.Id))
            .Skip(start);
        foreach (var (path, id) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return FileDocumentReader.Read(path, id);
        }
    }
}
