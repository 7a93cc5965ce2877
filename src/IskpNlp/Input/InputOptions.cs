using IskpNlp.Pipeline;

namespace IskpNlp.Input;

/// <summary>The <c>input</c> block of pipeline.yaml: which CSV columns hold the document fields, and how URLs are fetched.</summary>
public sealed class InputOptions
{
    /// <summary>Column holding the document id. The default is <c>id</c>.</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>Column holding the text. The default is <c>text</c>.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>Column holding the ISO date, optional. The default is <c>date</c>.</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>Column holding the title, optional. The default is <c>title</c>.</summary>
    public string TitleColumn { get; init; } = "title";

    /// <summary>Column holding the URL, optional. The default is <c>url</c>.</summary>
    public string UrlColumn { get; init; } = "url";

    /// <summary>How the URLs of a .urls input are fetched (<c>input.http</c>).</summary>
    public HttpFetchOptions Http { get; init; } = HttpFetchOptions.Default;

    /// <exception cref="PipelineConfigException">A key is unknown or a value is wrong.</exception>
    public static InputOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var csv = reader.Section("csv");
        var options = new InputOptions
        {
            IdColumn = csv.String("id", "id"),
            TextColumn = csv.String("text", "text"),
            DateColumn = csv.String("date", "date"),
            TitleColumn = csv.String("title", "title"),
            UrlColumn = csv.String("url", "url"),
            Http = HttpFetchOptions.Read(reader.Section("http")),
        };
        csv.Finish();
        reader.Finish();
        return options;
    }
}
