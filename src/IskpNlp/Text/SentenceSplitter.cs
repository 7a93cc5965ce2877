using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Text;

/// <summary>
/// The <c>sentences</c> stage: groups the tokens into sentences that tile them, in order, each
/// sentence spanning its first token's start to its last token's end.
/// </summary>
/// <remarks>
/// A sentence ends:
/// <list type="bullet">
/// <item>at a paragraph break (two or more line breaks);</item>
/// <item>at a line break, so that headings, captions, bylines and list items without a full stop
/// are sentences of their own; unless the next line starts in lower case and the line does not end
/// with a full stop (a hard-wrapped paragraph, when <see cref="SentenceSplitterOptions.JoinWrappedLines"/>);</item>
/// <item>after . ! ? … (and their forms in other scripts), with the closing quotes and brackets that
/// follow them, when the next token does not start in lower case or with , ; : or a dash;</item>
/// <item>after an abbreviation ("U.S.", "Gen.", "Jan.", an initial) only when a sentence plainly
/// starts next ("The", "In", "He"...): no split in "U.S. officials" or "Gen. Smith".</item>
/// </list>
/// A number with a full stop at the start of a line ("1.") is a list marker, not a sentence.
/// </remarks>
internal sealed class SentenceSplitter : IStage
{
    /// <summary>The stage's name in pipeline.yaml.</summary>
    public const string StageName = "sentences";

    private const int CancellationStride = 1024;

    private static readonly StageInfo StageInfo = new(StageName, Annotations.Tokens, Annotations.Sentences);

    /// <summary>Capitalised closed-class words that start sentences; after an abbreviation, only they end the sentence.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "In", "On", "At", "As", "After", "Before",
        "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "When", "While", "If", "Although", "Though",
        "Since", "According", "For", "From", "To", "With", "By", "Some", "Many", "Most", "All", "Several", "One",
        "What", "Who", "Why", "How", "Where", "Which", "Such", "Both", "Each", "Another", "Last", "Earlier",
        "Later", "Today", "Yesterday", "Now", "Then", "Despite", "During", "Under", "Among", "Moreover",
        "Furthermore", "Also", "Still", "Thus", "Therefore", "Instead", "Nor", "Only", "Even", "Because", "Unlike",
        "Until", "Between", "Following",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly bool _joinWrappedLines;

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public SentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _abbreviations = Abbreviations.Defaults.Concat(options.Abbreviations)
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _joinWrappedLines = options.JoinWrappedLines;
    }

    public StageInfo Info => StageInfo;

    /// <summary>Adds the sentences of the document's tokens; keeps sentences that are already there.</summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Sentences.IsEmpty)
        {
            // Keep existing boundaries, as spaCy's sentencizer does: an earlier stage knew better.
            return;
        }
        var sentences = new List<Sentence>((document.Tokens.Length / 20) + 1);
        Split(document.Text, document.Tokens, sentences, cancellationToken);
        foreach (var sentence in sentences)
        {
            document.AddSentence(sentence);
        }
    }

    /// <summary>
    /// Appends to <paramref name="sentences"/> the sentences of <paramref name="tokens"/>, which
    /// must be the tokens of <paramref name="text"/> in order. Every token lands in exactly one sentence.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked every 1024 tokens).</exception>
    public void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int first = 0;
        // Whether the tokens so far end with a full stop (and the closers after it), and whether it is an abbreviation's.
        bool terminal = false;
        bool weak = false;
        for (int k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var word = text[token.Start..token.End];
            if (token.Kind == TokenKind.Punctuation && IsTerminal(word))
            {
                terminal = true;
                weak = false;
                if (k > first && word is "." && tokens[k - 1].End == token.Start)
                {
                    var previous = tokens[k - 1];
                    var previousWord = text[previous.Start..previous.End];
                    if (previous.Kind == TokenKind.Word && _abbreviations.Contains(previousWord))
                    {
                        weak = true;
                    }
                    else if (previous.Kind == TokenKind.Number && k - 1 == first && previous.Length <= 3)
                    {
                        terminal = false; // "1." opening a list item
                    }
                }
            }
            else if (token.Kind == TokenKind.Word && word.Length > 1 && word[^1] == '.')
            {
                // The tokenizer keeps a full stop inside a word only for abbreviations and initials.
                terminal = true;
                weak = true;
            }
            else if (!(terminal && k > 0 && tokens[k - 1].End == token.Start && IsCloser(word)))
            {
                terminal = false;
                weak = false;
            }

            if (k + 1 < tokens.Length && IsBoundary(text, token, tokens[k + 1], terminal, weak))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, token.End), first, k + 1));
                first = k + 1;
                terminal = false;
                weak = false;
            }
            if ((k & (CancellationStride - 1)) == CancellationStride - 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[^1].End), first, tokens.Length));
        }
    }

    private bool IsBoundary(ReadOnlySpan<char> text, Token token, Token next, bool terminal, bool weak)
    {
        int gap = next.Start - token.End;
        if (gap > 0 && !(gap == 1 && text[token.End] == ' '))
        {
            int breaks = TextChars.CountLineBreaks(text.Slice(token.End, gap));
            if (breaks >= 2)
            {
                return true;
            }
            if (breaks == 1)
            {
                return !(_joinWrappedLines && !terminal && StartsLower(text[next.Start..next.End]));
            }
        }
        if (!terminal)
        {
            return false;
        }
        var nextWord = text[next.Start..next.End];
        if (gap == 0 && IsCloser(nextWord))
        {
            return false; // the closing quote or bracket goes with the full stop before it
        }
        if (weak)
        {
            return Starters.Contains(nextWord);
        }
        return !StartsLower(nextWord) && !ContinuesSentence(nextWord[0]);
    }

    private static bool IsTerminal(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!TextChars.IsTerminal(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> word) => word.Length == 1 && TextChars.IsCloser(word[0]);

    private static bool StartsLower(ReadOnlySpan<char> word) =>
        Rune.DecodeFromUtf16(word, out var rune, out _) == OperationStatus.Done && Rune.IsLower(rune);

    /// <summary>A comma, semicolon, colon, dash, closing bracket or another stop after a full stop continues the sentence.</summary>
    private static bool ContinuesSentence(char c) =>
        c is ',' or ';' or ':' or ')' or ']' or '}' or '-' or '\u2013' or '\u2014' || TextChars.IsTerminal(c);
}
