using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// Every .txt, .md, .html and .htm file below a folder, recursively, in ordinal path order;
/// <c>doc_id</c> is the path relative to the folder, with '/'.
/// </summary>
public sealed class FolderSource : IDocumentSource
{
    private readonly string _folder;

    public FolderSource(string folder)
    {
        _folder = Path.GetFullPath(folder);
    }

    public string Description => _folder;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var files = Directory.EnumerateFiles(_folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(FileDocumentReader.IsDocumentFile)
            .Select(path => (Path: path, Id: Path.GetRelativePath(_folder, path).Replace('\\', '/')))
            .OrderBy(file => file.Id, StringComparer.Ordinal)
            .Skip(start);
        foreach (var (path, id) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return FileDocumentReader.Read(path, id);
        }
    }
}
