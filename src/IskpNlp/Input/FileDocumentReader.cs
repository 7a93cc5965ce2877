using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>Reads one .txt, .md, .html or .htm file into a document; HTML goes through <see cref="HtmlTextExtractor"/>.</summary>
public static class FileDocumentReader
{
    private static readonly string[] TextExtensions = [".txt", ".md"];
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    /// <summary>Largest file read; bigger files fail with a reason instead of exhausting memory.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static bool IsDocumentFile(string path)
    {
        string extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || IsHtml(extension);
    }

    public static Document Read(string path, string id)
    {
        try
        {
            long length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return SourceDocument.Failed(id, path, $"{path}: file is {length} bytes, over the {MaxFileBytes}-byte limit");
            }
            if (length == 0)
            {
                return SourceDocument.Failed(id, path, $"{path}: empty file (0 bytes)");
            }
            byte[] bytes = File.ReadAllBytes(path);
            if (!TextDecoder.TryDecode(bytes, out string text, out string reason))
            {
                return SourceDocument.Failed(id, path, $"{path}: {reason}");
            }
            if (IsHtml(Path.GetExtension(path)))
            {
                var page = HtmlTextExtractor.Extract(text);
                return new Document(id, page.Text, new DocumentInfo { Source = path, Title = page.Title, Date = page.Date });
            }
            return new Document(id, text, new DocumentInfo { Source = path });
        }
        catch (IOException ex)
        {
            return SourceDocument.Failed(id, path, $"{path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return SourceDocument.Failed(id, path, $"{path}: {ex.Message}");
        }
    }

    private static bool IsHtml(string extension) => HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}
