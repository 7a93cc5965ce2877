namespace IskpNlp.Input;

/// <summary>The article text, title and publication date read from an HTML page.</summary>
public sealed record HtmlPage(string Text, string Title, DateOnly? Date);
