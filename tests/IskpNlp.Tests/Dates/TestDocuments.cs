using IskpNlp.Documents;
using IskpNlp.Text;

namespace IskpNlp.Tests.Dates;

/// <summary>
/// Builds documents for the date tests with the real text stages: tokenizer and sentence splitter (each
/// line break ends a sentence, as on web pages); furniture is marked by sentence index, so that tests
/// say which sentences are furniture instead of depending on the furniture marker's rules.
/// </summary>
internal static class TestDocuments
{
    private static readonly Tokenizer Tokenizer = new(TokenizerOptions.Default);

    private static readonly SentenceSplitter Splitter = new(new SentenceSplitterOptions { JoinWrappedLines = false });

    public static Document Create(string text, DateOnly? date = null, params int[] furnitureSentences)
    {
        var document = new Document("test", text, new DocumentInfo { Date = date });
        Tokenizer.Process(document, CancellationToken.None);
        Splitter.Process(document, CancellationToken.None);
        foreach (int s in furnitureSentences)
        {
            document.MarkFurniture(s);
        }
        return document;
    }
}
