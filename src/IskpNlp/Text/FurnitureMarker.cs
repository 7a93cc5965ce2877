using IskpNlp.Documents;
using IskpNlp.Pipeline;

namespace IskpNlp.Text;

/// <summary>
/// The <c>furniture</c> stage: marks the sentences that are page furniture, not the article (share
/// and subscribe prompts, paywall notes, avatars, copyright lines, repeated site names and title
/// lines, photo credits, counters), so that no mention or driver score comes from them. The text
/// stays as it is, so offsets do not move.
/// </summary>
/// <remarks>
/// The rules are general, judged on the shape of lines (a line is the text between two line
/// breaks), never on one site's strings:
/// <list type="bullet">
/// <item>repetition: a line equal to an earlier line; every occurrence of a line repeated above the
/// title (the masthead). The title is <see cref="DocumentInfo.Title"/> when it is a line of the text,
/// else the last repeated line that first appears before the first line of prose;</item>
/// <item>interface lines: short lines made only of button and link words ("Share", "Sign in",
/// "Privacy ∙ Terms ∙ Cookie policy", "Start writingDownload the app"), menus, breadcrumbs and tag
/// lines ("World | Security"), a lone number that is not a year (a counter), "… avatar", "© …" or
/// "Copyright …", lines with no word at all;</item>
/// <item>sentences: subscription pitches and paywall prompts; a photo credit such as "Image source"
/// (a caption before it stays article text);</item>
/// <item>position: after a copyright line with a year, or a paywall prompt, every line that is not prose.</item>
/// </list>
/// A sentence is furniture when every line it touches is, or when a sentence rule says so.
/// </remarks>
internal sealed class FurnitureMarker : IStage
{
    /// <summary>The stage's name in pipeline.yaml.</summary>
    public const string StageName = "furniture";

    private static readonly StageInfo StageInfo = new(StageName, Annotations.Tokens | Annotations.Sentences, Annotations.Furniture);

    private readonly FurnitureMarkerOptions _options;

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public FurnitureMarker(FurnitureMarkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public StageInfo Info => StageInfo;

    /// <summary>Marks the document's furniture sentences, using its title when it has one.</summary>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        bool[] furniture = Find(document.Text, document.Tokens, document.Sentences, document.Info.Title, cancellationToken);
        for (int i = 0; i < furniture.Length; i++)
        {
            if (furniture[i])
            {
                document.MarkFurniture(i);
            }
        }
    }

    /// <summary>
    /// Decides, for each sentence, whether it is furniture, without touching a document.
    /// <paramref name="tokens"/> and <paramref name="sentences"/> must be those of <paramref name="text"/>.
    /// </summary>
    /// <param name="title">The document's title, or empty when it is not known.</param>
    /// <returns>One flag per sentence, true for furniture.</returns>
    /// <exception cref="OperationCanceledException">Cancellation was requested (checked once per line).</exception>
    public bool[] Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, string? title,
        CancellationToken cancellationToken = default)
    {
        var lines = SplitLines(text, tokens);
        if (lines.Count == 0)
        {
            return new bool[sentences.Length];
        }
        var sentenceLines = new (int First, int Last)[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            // Sentences kept from an earlier stage need not tile the tokens: look each one up.
            int first = LineOf(lines, sentences[s].FirstToken);
            sentenceLines[s] = (first, Math.Max(first, LineOf(lines, sentences[s].EndToken - 1)));
        }

        var furnitureLines = new bool[lines.Count];
        var endsArticle = new bool[lines.Count];
        int titleLine = -1;
        if (_options.RepeatedLines)
        {
            titleLine = MarkRepeats(text, tokens, lines, title, furnitureLines);
        }
        for (int i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (rule, cue) = LineRule(text, tokens, lines[i]);
            furnitureLines[i] |= rule;
            endsArticle[i] = cue;
        }

        var sentenceRule = new bool[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            var words = tokens[sentence.FirstToken..sentence.EndToken];
            bool pitch = _options.Pitches && IsPitch(text, words);
            bool notFirstOnLine = lines[sentenceLines[s].First].FirstToken < sentence.FirstToken;
            bool credit = _options.UiLines && IsCredit(text, words, notFirstOnLine);
            sentenceRule[s] = pitch || credit;
            if (pitch && HasPaywallCue(text, words))
            {
                endsArticle[sentenceLines[s].First] = true;
            }
        }

        if (_options.Footer)
        {
            MarkFooter(text, tokens, lines, sentences, sentenceRule, furnitureLines, endsArticle, titleLine);
        }

        var furniture = new bool[sentences.Length];
        for (int s = 0; s < sentences.Length; s++)
        {
            bool all = true;
            for (int l = sentenceLines[s].First; l <= sentenceLines[s].Last && all; l++)
            {
                all = furnitureLines[l];
            }
            furniture[s] = all || sentenceRule[s];
        }
        return furniture;
    }

    /// <summary>One line of the text: its half-open token range and the number of word tokens in it.</summary>
    private readonly record struct Line(int FirstToken, int EndToken, int Words);

    private static List<Line> SplitLines(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var lines = new List<Line>();
        int first = 0;
        int words = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (k > first && TextChars.CountLineBreaks(text[tokens[k - 1].End..tokens[k].Start]) > 0)
            {
                lines.Add(new Line(first, k, words));
                first = k;
                words = 0;
            }
            words += tokens[k].IsWordLike ? 1 : 0;
        }
        if (first < tokens.Length)
        {
            lines.Add(new Line(first, tokens.Length, words));
        }
        return lines;
    }

    /// <summary>The index of the line holding token <paramref name="token"/>, clamped to the lines there are.</summary>
    private static int LineOf(List<Line> lines, int token)
    {
        int lo = 0;
        int hi = lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (lines[mid].FirstToken <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /// <summary>
    /// Marks the repeats of earlier lines and the masthead above the title; returns the title's
    /// line, or -1 when there is none.
    /// </summary>
    private int MarkRepeats(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Line> lines, string? title, bool[] furnitureLines)
    {
        var firstByHash = new Dictionary<ulong, int>();
        var firstOf = new int[lines.Count];
        var occurrences = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            firstOf[i] = i;
            ulong hash = Hash(text, tokens[lines[i].FirstToken..lines[i].EndToken]);
            if (firstByHash.TryGetValue(hash, out int earlier) && SameTokens(text, tokens, lines[earlier], lines[i]))
            {
                firstOf[i] = earlier;
                furnitureLines[i] = true;
            }
            else
            {
                firstByHash.TryAdd(hash, i);
            }
            occurrences[firstOf[i]]++;
        }

        int titleLine = FindTitle(text, tokens, lines, title);
        if (titleLine < 0)
        {
            int firstProse = lines.Count;
            for (int i = 0; i < lines.Count; i++)
            {
                if (IsProse(text, tokens, lines[i]))
                {
                    firstProse = i;
                    break;
                }
            }
            for (int i = 0; i < firstProse; i++)
            {
                if (firstOf[i] == i && occurrences[i] > 1)
                {
                    titleLine = i;
                }
            }
        }
        for (int i = 0; i < titleLine; i++)
        {
            if (occurrences[firstOf[i]] > 1)
            {
                furnitureLines[i] = true;
            }
        }
        return titleLine;
    }

    /// <summary>The first line whose tokens are the title's, or -1.</summary>
    private static int FindTitle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Line> lines, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return -1;
        }
        var titleTokens = new List<Token>();
        Tokenizer.Tokenize(title, titleTokens);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = tokens[lines[i].FirstToken..lines[i].EndToken];
            if (line.Length != titleTokens.Count)
            {
                continue;
            }
            bool same = true;
            for (int k = 0; k < line.Length && same; k++)
            {
                same = text[line[k].Start..line[k].End].SequenceEqual(title.AsSpan(titleTokens[k].Start, titleTokens[k].Length));
            }
            if (same)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>FNV-1a over the tokens' characters with a separator between tokens, so that spacing does not matter.</summary>
    private static ulong Hash(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        ulong hash = 14695981039346656037UL;
        foreach (var token in tokens)
        {
            foreach (char c in text[token.Start..token.End])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }
        return hash;
    }

    private static bool SameTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Line a, Line b)
    {
        if (a.EndToken - a.FirstToken != b.EndToken - b.FirstToken)
        {
            return false;
        }
        for (int k = 0; k < a.EndToken - a.FirstToken; k++)
        {
            var x = tokens[a.FirstToken + k];
            var y = tokens[b.FirstToken + k];
            if (!text[x.Start..x.End].SequenceEqual(text[y.Start..y.End]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A line of at least <see cref="FurnitureMarkerOptions.MinProseWords"/> words that ends with a full stop (and closers).</summary>
    private bool IsProse(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Line line)
    {
        if (line.Words < _options.MinProseWords)
        {
            return false;
        }
        for (int k = line.EndToken - 1; k >= line.FirstToken; k--)
        {
            var word = text[tokens[k].Start..tokens[k].End];
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
            if (TextChars.IsTerminal(word[^1]))
            {
                return true;
            }
            if (!TextChars.IsCloser(word[0]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the interface-line rules make a line furniture, and whether the article ends there (copyright, paywall).</summary>
    private (bool Furniture, bool EndsArticle) LineRule(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Line line)
    {
        if (!_options.UiLines)
        {
            return (false, false);
        }
        var lineTokens = tokens[line.FirstToken..line.EndToken];
        if (line.Words == 0)
        {
            return (true, false);
        }
        var first = text[lineTokens[0].Start..lineTokens[0].End];
        if (first is "\u00A9" || (first.Equals("copyright", StringComparison.OrdinalIgnoreCase) && line.Words <= 2 * _options.MaxUiWords))
        {
            return (true, HasYear(text, lineTokens));
        }
        if (line.Words <= 4 * _options.MaxUiWords && IsLinkToAnotherArticle(text, lineTokens))
        {
            return (true, false);
        }
        if (line.Words > _options.MaxUiWords)
        {
            return (false, false);
        }
        if (IsNavigation(text, lineTokens))
        {
            return (true, false);
        }
        if (line.Words == 1 && lineTokens.Length == 1 && lineTokens[0].Kind == TokenKind.Number && IsCounter(first))
        {
            return (true, false);
        }
        int lastWord = line.EndToken - 1;
        while (!tokens[lastWord].IsWordLike)
        {
            lastWord--;
        }
        if (text[tokens[lastWord].Start..tokens[lastWord].End].Equals("avatar", StringComparison.OrdinalIgnoreCase))
        {
            return (true, false);
        }
        bool core = false;
        foreach (var token in lineTokens)
        {
            if (token.Kind is TokenKind.Number or TokenKind.Url or TokenKind.Handle or TokenKind.Hashtag || !token.IsWordLike)
            {
                continue;
            }
            if (!IsInterfaceWord(text[token.Start..token.End], ref core))
            {
                return (false, false);
            }
        }
        return core ? (true, HasPaywallCue(text, lineTokens)) : (false, false);
    }

    /// <summary>
    /// A site's menu, breadcrumb or tag line: two or more short items (one to three words, the first
    /// capitalised, no numbers) between separators ("World | Security", "Mozambique · DRC · Tanzania",
    /// "Research › Policy"). Dashes are not separators here: "KABUL – Reuters" opens a wire story.
    /// </summary>
    private static bool IsNavigation(ReadOnlySpan<char> text, ReadOnlySpan<Token> lineTokens)
    {
        int items = 0, words = 0;
        foreach (var token in lineTokens)
        {
            var t = text[token.Start..token.End];
            if (t is "|" or "·" or "∙" or "•" or "›" or "»")
            {
                if (words == 0)
                {
                    return false; // a leading bullet, or two separators together
                }
                items++;
                words = 0;
                continue;
            }
            if (token.Kind is TokenKind.Number || t is "." or "!" or "?" or ":" or ",")
            {
                return false;
            }
            if (!token.IsWordLike)
            {
                continue;
            }
            if ((words == 0 && !char.IsUpper(t[0])) || ++words > 3)
            {
                return false;
            }
        }
        return items >= 1 && words > 0;
    }

    /// <summary>
    /// "Read more: Tajik migrants face new checks", "Related | Kabul after the fall": a link label
    /// (<see cref="FurnitureWords.LinkLabels"/>), then a colon or a separator, then the other article's headline.
    /// </summary>
    private static bool IsLinkToAnotherArticle(ReadOnlySpan<char> text, ReadOnlySpan<Token> lineTokens)
    {
        int scan = Math.Min(lineTokens.Length - 1, 6);
        for (int k = 1; k <= scan; k++)
        {
            var token = lineTokens[k];
            if (token.Kind is not (TokenKind.Punctuation or TokenKind.Symbol))
            {
                continue;
            }
            if (text[token.Start..token.End] is not (":" or "|" or "»" or "›" or "→" or "–" or "—"))
            {
                return false;
            }
            var label = new System.Text.StringBuilder();
            for (int j = 0; j < k; j++)
            {
                if (!lineTokens[j].IsWordLike)
                {
                    return false;
                }
                label.Append(j > 0 ? " " : "").Append(text[lineTokens[j].Start..lineTokens[j].End]);
            }
            return FurnitureWords.LinkLabels.Contains(label.ToString());
        }
        return false;
    }

    /// <summary>
    /// True when every part of the word is an interface or function word; parts split at a
    /// lower-to-upper change, since scraping glues adjacent buttons ("writingGet").
    /// </summary>
    private static bool IsInterfaceWord(ReadOnlySpan<char> word, ref bool core)
    {
        int start = 0;
        for (int i = 1; i <= word.Length; i++)
        {
            if (i < word.Length && !(char.IsLower(word[i - 1]) && char.IsUpper(word[i])))
            {
                continue;
            }
            var part = word[start..i];
            if (FurnitureWords.Interface.Contains(part))
            {
                core = true;
            }
            else if (!FurnitureWords.Function.Contains(part))
            {
                return false;
            }
            start = i;
        }
        return true;
    }

    /// <summary>
    /// A number that counts likes or comments: digits, with thousands separators, or a decimal with
    /// K or M ("1.2K"). A year (1000 to 2999) or a date ("21.06.2024") is not one.
    /// </summary>
    private static bool IsCounter(ReadOnlySpan<char> number)
    {
        bool suffix = number.Length > 1 && number[^1] is 'K' or 'k' or 'M' or 'm';
        if (suffix)
        {
            number = number[..^1];
        }
        int dots = 0;
        foreach (char c in number)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c) && c != ',')
            {
                return false;
            }
        }
        return dots <= (suffix ? 1 : 0) && !(number.Length == 4 && number[0] is '1' or '2');
    }

    /// <summary>
    /// A free trial, a paywall, or "keep/continue reading" next to a subscription word: the point
    /// after which the article stops. "Continue reading" alone may be a button that unfolds the rest.
    /// </summary>
    private static bool HasPaywallCue(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        bool keep = false;
        bool reading = false;
        bool subscription = false;
        foreach (var token in tokens)
        {
            var word = text[token.Start..token.End];
            if (word.Equals("trial", StringComparison.OrdinalIgnoreCase) || word.Equals("paywall", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            keep |= word.Equals("keep", StringComparison.OrdinalIgnoreCase) || word.Equals("continue", StringComparison.OrdinalIgnoreCase);
            reading |= word.Equals("reading", StringComparison.OrdinalIgnoreCase);
            subscription |= word.Equals("paid", StringComparison.OrdinalIgnoreCase) || FurnitureWords.PitchAnchors.Contains(word);
        }
        return keep && reading && subscription;
    }

    /// <summary>True when the line has a year (a four-digit number from 1900 to 2099), as a page's copyright line does and a photo's "© AFP" does not.</summary>
    private static bool HasYear(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            var word = text[token.Start..token.End];
            if (token.Kind == TokenKind.Number && word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && !word.ContainsAnyExceptInRange('0', '9'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A subscription pitch: a subscription word ("subscribe", "newsletter", "inbox"...) with two
    /// pitch words ("consider becoming a free or paid subscriber"), or with one in a short sentence
    /// ("Already a paid subscriber?"), or opening a short sentence ("Subscribe to X"), or "your
    /// inbox"; or a word that is a pitch by itself ("reader-supported"). "The channel had 10,000
    /// subscribers" and quoted calls to subscribe are not.
    /// </summary>
    private bool IsPitch(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        // Most sentences have no anchor: look for one first, with one lookup per long word.
        bool anchor = false;
        foreach (var token in tokens)
        {
            var word = text[token.Start..token.End];
            if (token.Kind == TokenKind.Word && word.Length >= FurnitureWords.MinPitchAnchorLength && FurnitureWords.PitchAnchors.Contains(word))
            {
                if (FurnitureWords.StrongPitchAnchors.Contains(word))
                {
                    return true;
                }
                anchor = true;
            }
        }
        if (!anchor)
        {
            return false;
        }
        int pitchWords = 0;
        int words = 0;
        // An anchor as the very first token, not after a quote: "“Subscribe,” the recruiter said" is reported speech.
        bool opensWithAnchor = FurnitureWords.PitchAnchors.Contains(text[tokens[0].Start..tokens[0].End]);
        bool yourInbox = false;
        bool your = false;
        foreach (var token in tokens)
        {
            if (!token.IsWordLike)
            {
                continue;
            }
            var word = text[token.Start..token.End];
            words++;
            pitchWords += FurnitureWords.PitchWords.Contains(word) ? 1 : 0;
            yourInbox |= your && word.Equals("inbox", StringComparison.OrdinalIgnoreCase);
            your = word.Equals("your", StringComparison.OrdinalIgnoreCase);
        }
        return pitchWords >= 2 || yourInbox || (words <= _options.MaxUiWords && (pitchWords == 1 || opensWithAnchor));
    }

    /// <summary>
    /// A photo credit: starts with a credit word and is made of credit words ("Image source", "Photo
    /// credit"), or, after a caption on the same line, is a short sentence starting with one ("Photo: AFP").
    /// </summary>
    private static bool IsCredit(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, bool afterCaption)
    {
        int words = 0;
        bool allCredit = true;
        foreach (var token in tokens)
        {
            if (!token.IsWordLike)
            {
                continue;
            }
            var word = text[token.Start..token.End];
            if (words == 0 && !FurnitureWords.CreditHeads.Contains(word))
            {
                return false;
            }
            words++;
            allCredit &= FurnitureWords.Credit.Contains(word);
        }
        return words > 0 && ((allCredit && words <= 4) || (afterCaption && words <= 6));
    }

    /// <summary>After a copyright line or a paywall prompt below the title, lines that are not prose are furniture.</summary>
    private void MarkFooter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Line> lines, ReadOnlySpan<Sentence> sentences,
        bool[] sentenceRule, bool[] furnitureLines, bool[] endsArticle, int titleLine)
    {
        int start = -1;
        for (int i = titleLine + 1; i < lines.Count; i++)
        {
            // The prompt must be furniture itself, so that prose quoting "keep reading" starts no footer.
            if (endsArticle[i] && (furnitureLines[i] || AllSentencesMarked(lines[i], sentences, sentenceRule)))
            {
                start = i;
                break;
            }
        }
        if (start < 0)
        {
            return;
        }
        for (int i = start + 1; i < lines.Count; i++)
        {
            if (!IsProse(text, tokens, lines[i]))
            {
                furnitureLines[i] = true;
            }
        }
    }

    private static bool AllSentencesMarked(Line line, ReadOnlySpan<Sentence> sentences, bool[] sentenceRule)
    {
        bool any = false;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            if (sentence.EndToken <= line.FirstToken || sentence.FirstToken >= line.EndToken)
            {
                continue;
            }
            if (!sentenceRule[s])
            {
                return false;
            }
            any = true;
        }
        return any;
    }
}
