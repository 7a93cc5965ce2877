namespace IskpNlp.Input;

/// <summary>Chooses the source for an input path by what it is: folder, .jsonl, .csv, .urls or one document file.</summary>
public static class DocumentSources
{
    /// <exception cref="InputException">The path does not exist or is of a kind the tool does not read.</exception>
    public static IDocumentSource Open(string path, InputOptions options)
    {
        if (Directory.Exists(path))
        {
            return new FolderSource(path);
        }
        if (!File.Exists(path))
        {
            throw new InputException($"input '{path}' does not exist");
        }
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".ndjson" => new JsonlSource(path),
            ".csv" => new CsvSource(path, options),
            UrlSource.Extension => new UrlSource(path, options.Http),
            _ when FileDocumentReader.IsDocumentFile(path) => new SingleFileSource(path),
            _ => throw new InputException($"input '{path}': unknown kind '{extension}'; give a folder, .jsonl, .csv, .urls, .txt, .md, .html or .htm"),
        };
    }
}
