using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>One .txt, .md or .html file as one document; <c>doc_id</c> is the file name.</summary>
public sealed class SingleFileSource : IDocumentSource
{
    private readonly string _path;

    public SingleFileSource(string path)
    {
        _path = Path.GetFullPath(path);
    }

    public string Description => _path;

    public IEnumerable<Document> Read(int start, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (start > 0)
        {
            yield break;
        }
        yield return FileDocumentReader.Read(_path, Path.GetFileName(_path));
    }
}
