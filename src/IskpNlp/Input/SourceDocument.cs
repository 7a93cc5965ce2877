using IskpNlp.Documents;

namespace IskpNlp.Input;

/// <summary>
/// What a source yields for one input item: a document ready for the pipeline, or the reason it
/// could not be read (then <see cref="Document"/> is an empty failed document that keeps its row).
/// </summary>
public static class SourceDocument
{
    public static Document Failed(string id, string source, string reason)
    {
        var document = new Document(id, "", new DocumentInfo { Source = source });
        document.Fail(reason);
        return document;
    }
}
