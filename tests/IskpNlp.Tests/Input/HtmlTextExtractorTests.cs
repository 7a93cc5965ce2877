using IskpNlp.Input;

namespace IskpNlp.Tests.Input;

[TestClass]
public sealed class HtmlTextExtractorTests
{
    [TestMethod]
    public void Extract_ArticlePage_KeepsArticleBlocksAsLinesAndDropsChrome()
    {
        const string html = """
            <html><head><title>Site | Story</title><meta property="og:title" content="Story title">
            <meta property="article:published_time" content="2024-03-27T10:15:00Z"></head>
            <body><nav>Home About</nav><header>Subscribe</header>
            <article><h1>Story title</h1><p>Police in <b>Osh</b> detained two men.</p><p>They were   charged.<br>Later released.</p>
            <script>var x = 1;</script></article><footer>© 2025 Site</footer></body></html>
            """;
        var page = HtmlTextExtractor.Extract(html);
        Assert.AreEqual("Story title\n\nPolice in Osh detained two men.\n\nThey were charged.\nLater released.", page.Text);
        Assert.AreEqual("Story title", page.Title);
        Assert.AreEqual(new DateOnly(2024, 3, 27), page.Date);
    }

    [TestMethod]
    public void Extract_DeeplyNestedMarkup_KeepsTextWithoutOverflow()
    {
        string html = "<body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body>";
        var page = HtmlTextExtractor.Extract(html);
        Assert.AreEqual("deep text", page.Text);
    }

    [TestMethod]
    public void Extract_NestingBeyondParseDepth_TagStripperKeepsTextQuickly()
    {
        string html = "<html><head><style>p { x: 1 }</style></head><body>" + string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "deep &amp; <b>bold</b>" +
            string.Concat(Enumerable.Repeat("</span></div>", 100_000)) + "<p>after</p><script>var y;</script></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = HtmlTextExtractor.Extract(html);
        Assert.AreEqual("deep & bold\n\nafter", page.Text);
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    [TestMethod]
    public void NestingDepth_VoidAndSelfClosingTagsDoNotNest()
    {
        Assert.AreEqual(2, HtmlTextExtractor.NestingDepth("<div><p>a<br><img src=x/><hr/></p></div><p>b</p>", 100));
    }
}
