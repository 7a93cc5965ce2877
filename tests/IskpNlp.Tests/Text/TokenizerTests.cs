using IskpNlp.Documents;
using IskpNlp.Pipeline;
using IskpNlp.Text;

namespace IskpNlp.Tests.Text;

[TestClass]
public sealed class TokenizerTests
{
    private const string Separator = " | ";

    [TestMethod]
    // apostrophes and possessives
    [DataRow("ISKP’s men", "ISKP | ’s | men")]
    [DataRow("ISKP's men", "ISKP | 's | men")]
    [DataRow("the recruiters’ network", "the | recruiters | ’ | network")]
    [DataRow("Tehrik-i-Taliban's leader", "Tehrik-i-Taliban | 's | leader")]
    [DataRow("O'Brien and Shari'a", "O'Brien | and | Shari'a")]
    [DataRow("don't", "don't")]
    [DataRow("'quoted'", "' | quoted | '")]
    [DataRow("ISKP’S", "ISKP | ’S")]
    // hyphenated names stay whole
    [DataRow("ISIS-K fighters", "ISIS-K | fighters")]
    [DataRow("al-Qaeda", "al-Qaeda")]
    [DataRow("socio-economic challenges", "socio-economic | challenges")]
    [DataRow("an Afghanistan-based cell", "an | Afghanistan-based | cell")]
    [DataRow("Hizb ut-Tahrir", "Hizb | ut-Tahrir")]
    [DataRow("well - known", "well | - | known")]
    [DataRow("pre-", "pre | -")]
    // abbreviations keep their full stop
    [DataRow("U.S. officials", "U.S. | officials")]
    [DataRow("the U.K.", "the | U.K.")]
    [DataRow("Dr. Smith", "Dr. | Smith")]
    [DataRow("Jan. 5", "Jan. | 5")]
    [DataRow("Gen. Mirziyoyev", "Gen. | Mirziyoyev")]
    [DataRow("e.g. this", "e.g. | this")]
    [DataRow("John F. Kennedy", "John | F. | Kennedy")]
    [DataRow("the end.", "the | end | .")]
    [DataRow("a Ph.D. thesis", "a | Ph.D. | thesis")]
    // numbers
    [DataRow("50,000 people", "50,000 | people")]
    [DataRow("3.5 million", "3.5 | million")]
    [DataRow("10% of", "10% | of")]
    [DataRow("in 2024.", "in | 2024 | .")]
    [DataRow("1,200, then", "1,200 | , | then")]
    [DataRow("at 10:30", "at | 10:30")]
    [DataRow("the 1990s", "the | 1990s")]
    [DataRow("a 7-day trial", "a | 7-day | trial")]
    [DataRow("$5", "$ | 5")]
    // dates
    [DataRow("on 2024-03-22 in", "on | 2024-03-22 | in")]
    [DataRow("on 22/03/2024.", "on | 22/03/2024 | .")]
    // URLs, e-mails, handles, hashtags
    [DataRow("see https://example.org/a?b=1.", "see | https://example.org/a?b=1 | .")]
    [DataRow("(https://en.example.org/wiki/X_(y))", "( | https://en.example.org/wiki/X_(y) | )")]
    [DataRow("at www.example.org, then", "at | www.example.org | , | then")]
    [DataRow("join t.me/somechannel now", "join | t.me/somechannel | now")]
    [DataRow("write to desk@news.example.com.", "write | to | desk@news.example.com | .")]
    [DataRow("follow @abu_harb_1 on", "follow | @abu_harb_1 | on")]
    [DataRow("#ISKP #1", "#ISKP | # | 1")]
    [DataRow("ISIS@home", "ISIS | @home")]
    // dashes, ellipses, quotes
    [DataRow("Tajiks—mainly", "Tajiks | — | mainly")]
    [DataRow("2014–2016", "2014 | – | 2016")]
    [DataRow("wait...", "wait | ...")]
    [DataRow("wait…", "wait | …")]
    [DataRow("really?!", "really | ?!")]
    [DataRow("“Quoted” «guillemets» „low“", "“ | Quoted | ” | « | guillemets | » | „ | low | “")]
    [DataRow("\"He left.\"", "\" | He | left | . | \"")]
    [DataRow("(IS)", "( | IS | )")]
    // other scripts
    [DataRow("Москва и Душанбе.", "Москва | и | Душанбе | .")]
    [DataRow("ولایت خراسان، داعش؟", "ولایت | خراسان | ، | داعش | ؟")]
    [DataRow("Ñandú café", "Ñandú | café")]
    [DataRow("ISKP\u200F and", "ISKP | and")]
    // emoji and other non-BMP characters
    [DataRow("ok 😀👍🏽 🇺🇸", "ok | 😀 | 👍🏽 | 🇺🇸")]
    [DataRow("👨‍👩‍👧!", "👨‍👩‍👧 | !")]
    [DataRow("❤️ it", "❤️ | it")]
    [DataRow("𝐁𝐨𝐥𝐝 text", "𝐁𝐨𝐥𝐝 | text")]
    // page furniture glyphs
    [DataRow("© 2025 Someone", "© | 2025 | Someone")]
    [DataRow("Privacy ∙ Terms", "Privacy | ∙ | Terms")]
    // scraped text that lost its spaces
    [DataRow("the attacks.Image source", "the | attacks | . | Image | source")]
    public void Tokenize_TrickyCase_GivesExpectedTokens(string text, string expected)
    {
        Assert.AreEqual(expected, Join(text, Tokenize(text)));
    }

    [TestMethod]
    [DataRow("ISIS-K", TokenKind.Word)]
    [DataRow("50,000", TokenKind.Number)]
    [DataRow("2024-03-22", TokenKind.Number)]
    [DataRow("٢٠٢٤", TokenKind.Number)]
    [DataRow("https://example.org", TokenKind.Url)]
    [DataRow("www.example.org", TokenKind.Url)]
    [DataRow("a.b@example.org", TokenKind.Email)]
    [DataRow("@handle", TokenKind.Handle)]
    [DataRow("#tag", TokenKind.Hashtag)]
    [DataRow("—", TokenKind.Punctuation)]
    [DataRow("“", TokenKind.Punctuation)]
    [DataRow("©", TokenKind.Symbol)]
    [DataRow("$", TokenKind.Symbol)]
    [DataRow("🇺🇸", TokenKind.Emoji)]
    [DataRow("☀", TokenKind.Emoji)]
    public void Tokenize_SingleToken_HasKind(string text, TokenKind kind)
    {
        var tokens = Tokenize(text);
        Assert.HasCount(1, tokens);
        Assert.AreEqual(kind, tokens[0].Kind);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    [DataRow(4)]
    [DataRow(5)]
    public void Tokenize_RandomText_TokensAreOrderedDisjointAndCoverEveryNonGapCharacter(int seed)
    {
        var random = new RandomText(seed);
        var tokens = new List<Token>();
        for (int n = 0; n < 2_000; n++)
        {
            string text = random.Next();
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            int covered = 0;
            for (int k = 0; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Start < covered || token.End <= token.Start || token.End > text.Length)
                {
                    Assert.Fail($"out of order or outside: {Where(seed, n, text, token)}");
                }
                for (int i = covered; i < token.End; i++)
                {
                    if (RandomText.IsGap(text[i]) != i < token.Start)
                    {
                        Assert.Fail($"character {i} U+{(int)text[i]:X4} left out or a gap inside: {Where(seed, n, text, token)}");
                    }
                }
                if (SplitsPair(text, token.Start) || SplitsPair(text, token.End))
                {
                    Assert.Fail($"surrogate pair split: {Where(seed, n, text, token)}");
                }
                covered = token.End;
            }
            for (int i = covered; i < text.Length; i++)
            {
                if (!RandomText.IsGap(text[i]))
                {
                    Assert.Fail($"character {i} U+{(int)text[i]:X4} left out at the end: {Where(seed, n, text, null)}");
                }
            }
        }
    }

    [TestMethod]
    public void Tokenize_LoneSurrogates_EachIsOneSymbol()
    {
        string text = "a\uD800b\uDC00";
        Assert.AreEqual("a | \uD800 | b | \uDC00", Join(text, Tokenize(text)));
    }

    [TestMethod]
    public void Tokenize_ControlCharacters_AreSeparators()
    {
        string text = "a\u0000b\u0001\u007F c";
        Assert.AreEqual("a | b | c", Join(text, Tokenize(text)));
    }

    [TestMethod]
    public void Tokenize_EmptyOrBlank_GivesNoToken()
    {
        Assert.IsEmpty(Tokenize(""));
        Assert.IsEmpty(Tokenize(" \n\t\u00A0\u200B"));
    }

    [TestMethod]
    public void Tokenize_ExistingList_Appends()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Tokenize("ab cd", tokens);
        Assert.HasCount(3, tokens);
        Assert.AreEqual(new Token(3, 5, TokenKind.Word), tokens[2]);
    }

    [TestMethod]
    public void Tokenize_CancelledToken_Throws()
    {
        string text = string.Concat(Enumerable.Repeat("word ", 5000));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => Tokenizer.Tokenize(text, [], cancellation.Token));
    }

    [TestMethod]
    public void Process_Document_AddsTokensWhoseTextIsTheSpan()
    {
        var document = new Document("d", "ISKP’s recruits, 50,000.");
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual("ISKP | ’s | recruits | , | 50,000 | .", Join(document.Text, [.. document.Tokens]));
    }

    [TestMethod]
    public void Process_DocumentWithTokens_Throws()
    {
        var document = new Document("d", "ab");
        document.AddToken(new Token(0, 2, TokenKind.Word));
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => CreateSut().Process(document, CancellationToken.None));
        StringAssert.Contains(error.Message, "'d'");
    }

    [TestMethod]
    public void Info_NameAndAnnotations_AreTheTokenizers()
    {
        var info = CreateSut().Info;
        Assert.AreEqual("tokenizer", info.Name);
        Assert.AreEqual(Annotations.None, info.Requires);
        Assert.AreEqual(Annotations.Tokens, info.Assigns);
    }

    private static Tokenizer CreateSut() => new(TokenizerOptions.Default);

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens;
    }

    private static bool SplitsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

    private static string Where(int seed, int input, string text, Token? token) =>
        $"seed {seed}, input {input}, token {token} in \"{Escape(text)}\"";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    private static string Join(string text, List<Token> tokens) =>
        string.Join(Separator, tokens.Select(t => text[t.Start..t.End]));
}
