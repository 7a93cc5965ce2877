using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IskpNlp.Input;

/// <summary>
/// The article text of an HTML page, via AngleSharp: the &lt;article&gt; (else &lt;main&gt;, else
/// &lt;body&gt;) without scripts, styles, navigation, headers, footers and forms; block elements
/// end a line, so headings and paragraphs become lines the sentence splitter can see.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "select",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "figure", "figcaption", "table", "tr", "pre", "hr", "dd", "dt", "dl", "address", "time",
    };

    private const int MaxDepth = 512;

    /// <summary>
    /// Deeper nesting than this is not given to the HTML parser, whose tree building slows down with
    /// the square of the depth (200,000 nested elements took minutes); such a page is read by the
    /// plain tag stripper instead.
    /// </summary>
    public const int MaxParseDepth = 4096;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    public static HtmlPage Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (NestingDepth(html, MaxParseDepth) > MaxParseDepth)
        {
            return new HtmlPage(Tidy(StripTags(html)), "", null);
        }
        var parser = new HtmlParser();
        using var dom = parser.ParseDocument(html);
        IElement? root = dom.QuerySelector("article") ?? dom.QuerySelector("main") ?? dom.Body;
        var builder = new StringBuilder(html.Length / 2);
        string title = dom.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim()
            ?? dom.Title?.Trim() ?? "";
        if (root is not null)
        {
            Append(root, builder, 0);
        }
        string? published = dom.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? dom.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new HtmlPage(Tidy(builder), title, ParseDate(published));
    }

    private static void Append(INode node, StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            // Pathologically nested markup: keep the text, drop the structure below this depth.
            builder.Append(node.TextContent);
            return;
        }
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element)
            {
                if (Skipped.Contains(element.LocalName))
                {
                    continue;
                }
                if (element.LocalName == "br")
                {
                    builder.Append('\n');
                    continue;
                }
                bool block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }
                Append(element, builder, depth + 1);
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    /// <summary>The depth of open elements, counted roughly from the tags alone, up to just past <paramref name="limit"/>.</summary>
    internal static int NestingDepth(string html, int limit)
    {
        int depth = 0, max = 0;
        int i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            char next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                int close = html.IndexOf('>', i + 1);
                if (close < 0)
                {
                    break;
                }
                int nameEnd = i + 1;
                while (nameEnd < close && char.IsAsciiLetterOrDigit(html[nameEnd]))
                {
                    nameEnd++;
                }
                bool selfClosing = html[close - 1] == '/' || VoidElements.Contains(html[(i + 1)..nameEnd]);
                if (!selfClosing && ++depth > max)
                {
                    max = depth;
                    if (max > limit)
                    {
                        return max;
                    }
                }
                i = close;
            }
            i = html.IndexOf('<', i + 1);
        }
        return max;
    }

    // Markup too deep to parse: drop tags, script and style bodies; block tags end a line; entities decoded.
    private static StringBuilder StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        int i = 0;
        while (i < html.Length)
        {
            int open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(System.Net.WebUtility.HtmlDecode(html[i..]));
                break;
            }
            text.Append(System.Net.WebUtility.HtmlDecode(html[i..open]));
            int close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }
            int nameStart = open + (open + 1 < html.Length && html[open + 1] == '/' ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < close && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }
            string name = html[nameStart..nameEnd];
            i = close + 1;
            if (nameStart == open + 1 && Skipped.Contains(name) && !VoidElements.Contains(name))
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
            else if (Blocks.Contains(name) || name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n');
            }
        }
        return text;
    }

    // Collapse runs of spaces inside lines and keep at most one blank line between blocks.
    private static string Tidy(StringBuilder raw)
    {
        var output = new StringBuilder(raw.Length);
        int newlines = 0;
        bool space = false;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '\n' || c == '\r')
            {
                newlines++;
                space = false;
                continue;
            }
            if (c is ' ' or '\t' or '\u00A0' or '\f')
            {
                space = true;
                continue;
            }
            if (output.Length > 0)
            {
                if (newlines > 0)
                {
                    output.Append(newlines > 1 ? "\n\n" : "\n");
                }
                else if (space)
                {
                    output.Append(' ');
                }
            }
            newlines = 0;
            space = false;
            output.Append(c);
        }
        return output.ToString();
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10)
        {
            return null;
        }
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", out var date) ? date : null;
    }
}
