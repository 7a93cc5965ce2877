using System.Runtime.InteropServices;

namespace IskpNlp.Documents;

/// <summary>
/// One article as it flows through the pipeline. The document owns its text (fixed at
/// construction) and the annotation arrays; stages read them as spans and add through
/// the methods here, so no stage can swap another's array.
/// </summary>
public sealed class Document
{
    private readonly List<Token> _tokens = [];
    private readonly List<Sentence> _sentences = [];
    private readonly List<Mention> _mentions = [];
    private SentenceScore[] _scores = [];

    public Document(string id, string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Info = info ?? DocumentInfo.Empty;
        if (Info.Date is { } date)
        {
            SetDate(date, DateSource.Metadata);
        }
    }

    public string Id { get; }

    public string Text { get; }

    public DocumentInfo Info { get; }

    /// <summary>The date relative expressions resolve against, once known.</summary>
    public DateOnly? Date { get; private set; }

    public DateSource DateSource { get; private set; }

    public DocumentStatus Status { get; private set; }

    /// <summary>One line saying why the document failed; empty when it did not.</summary>
    public string Error { get; private set; } = "";

    public ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokens);

    public ReadOnlySpan<Sentence> Sentences => CollectionsMarshal.AsSpan(_sentences);

    /// <summary>Mentions in the order they were added; <see cref="SortMentions"/> puts them in reading order.</summary>
    public ReadOnlySpan<Mention> Mentions => CollectionsMarshal.AsSpan(_mentions);

    /// <summary>Driver scores, one per sentence, or empty when no scorer ran.</summary>
    public ReadOnlySpan<SentenceScore> Scores => _scores;

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> TextOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) =>
        Tokens.Slice(sentence.FirstToken, sentence.TokenCount);

    public void AddToken(Token token)
    {
        if (token.Start < 0 || token.End > Text.Length || token.End <= token.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(token), $"token {token} lies outside the text of document '{Id}'");
        }
        _tokens.Add(token);
    }

    /// <summary>Adds many tokens at once, growing the array once (a tokenizer's whole output).</summary>
    public void AddTokens(ReadOnlySpan<Token> tokens)
    {
        _tokens.EnsureCapacity(_tokens.Count + tokens.Length);
        foreach (var token in tokens)
        {
            AddToken(token);
        }
    }

    public void AddSentence(Sentence sentence)
    {
        if (sentence.FirstToken < 0 || sentence.EndToken > _tokens.Count || sentence.EndToken < sentence.FirstToken)
        {
            throw new ArgumentOutOfRangeException(nameof(sentence), $"sentence {sentence} has a token range outside document '{Id}'");
        }
        _sentences.Add(sentence);
    }

    /// <summary>Marks a sentence as page furniture; the text and offsets stay as they are.</summary>
    public void MarkFurniture(int sentenceIndex)
    {
        _sentences[sentenceIndex] = _sentences[sentenceIndex] with { IsFurniture = true };
    }

    public void AddMention(Mention mention)
    {
        if (mention.Span.Start < 0 || mention.Span.End > Text.Length || mention.Span.IsEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(mention), $"mention {mention.Span} lies outside the text of document '{Id}'");
        }
        _mentions.Add(mention);
    }

    /// <summary>Adds many mentions at once, growing the list once (a recogniser's whole output).</summary>
    public void AddMentions(ReadOnlySpan<Mention> mentions)
    {
        _mentions.EnsureCapacity(_mentions.Count + mentions.Length);
        foreach (var mention in mentions)
        {
            AddMention(mention);
        }
    }

    /// <summary>Removes the mentions for which <paramref name="remove"/> is true (used when a later recogniser merges).</summary>
    public int RemoveMentions(Predicate<Mention> remove) => _mentions.RemoveAll(remove);

    /// <summary>Puts mentions in reading order: by start, then longer first.</summary>
    public void SortMentions() =>
        _mentions.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));

    public void SetScores(SentenceScore[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Length != _sentences.Count)
        {
            throw new ArgumentException($"{scores.Length} scores for {_sentences.Count} sentences in document '{Id}'", nameof(scores));
        }
        _scores = scores;
    }

    public void SetDate(DateOnly date, DateSource source)
    {
        Date = date;
        DateSource = source;
    }

    public void Fail(string reason)
    {
        Status = DocumentStatus.Failed;
        Error = reason.ReplaceLineEndings(" ");
    }

    /// <summary>The index of the sentence that contains character offset <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = sentences[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>Number of sentences that are article text, not furniture.</summary>
    public int ArticleSentenceCount
    {
        get
        {
            int count = 0;
            foreach (ref readonly var sentence in Sentences)
            {
                if (!sentence.IsFurniture)
                {
                    count++;
                }
            }
            return count;
        }
    }
}
