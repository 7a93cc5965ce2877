using IskpNlp.Dates;
using IskpNlp.Documents;

namespace IskpNlp.Tests.Dates;

[TestClass]
public sealed class DocumentDateFinderTests
{
    [TestMethod]
    public void Process_MetadataDate_Kept()
    {
        var document = TestDocuments.Create("Apr 08, 2024\nThe attack came on March 22.", new DateOnly(2024, 4, 10));
        CreateSut(new DateOnly(2020, 1, 1)).Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 4, 10), document.Date);
        Assert.AreEqual(DateSource.Metadata, document.DateSource);
    }

    [TestMethod]
    [DataRow("Jane Doe\nApr 08, 2024\nThe attack came on March 22.", "2024-04-08")]
    [DataRow("Published 27 March 2024\nThe attack came on March 22.", "2024-03-27")]
    [DataRow("Published on March 27, 2024 by the editors of a long-running regional magazine for analysts\nText.", "2024-03-27")]
    [DataRow("Posted: 27.03.2024\nText.", "2024-03-27")]
    [DataRow("March 27, 2024 | 10:15 AM\nText.", "2024-03-27")]
    [DataRow("27.03.2024\nText.", "2024-03-27")]
    [DataRow("By Jane Doe | Sat, 23 Mar 2024\nText.", "2024-03-23")]
    [DataRow("Updated 28 March 2024\nPublished 27 March 2024\nText.", "2024-03-27")]
    [DataRow("Share\nSubscribe\nTitle of the piece\nMarch 27, 2024\nText.", "2024-03-27")]
    [DataRow("Updated 28 March 2024\nText.", "2024-03-28")]
    public void Process_Dateline_SetsDatelineDate(string text, string expected)
    {
        var document = TestDocuments.Create(text);
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.Date);
        Assert.AreEqual(DateSource.Dateline, document.DateSource);
    }

    [TestMethod]
    public void Process_WireDatelineWithYearNearby_SetsDatelineDate()
    {
        var document = TestDocuments.Create("News from the region, 2024 edition\nDUSHANBE, March 3 (Agency) - Police detained six men on Sunday.");
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 3, 3), document.Date);
        Assert.AreEqual(DateSource.Dateline, document.DateSource);
    }

    [TestMethod]
    public void Process_WireDatelineWithoutYear_FallsBack()
    {
        var document = TestDocuments.Create("DUSHANBE, March 3 (Agency) - Police detained six men on Sunday.");
        CreateSut(new DateOnly(2024, 4, 8)).Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 4, 8), document.Date);
        Assert.AreEqual(DateSource.Option, document.DateSource);
    }

    [TestMethod]
    [DataRow("On March 3, 2024, gunmen attacked a checkpoint.\nText.")]
    [DataRow("The group was founded in 2015 and grew in March 2016.\nText.")]
    [DataRow("Last August, the FBI confirmed it.")]
    public void Process_ProseDateOnly_NoDatelineFallsBackToOption(string text)
    {
        var document = TestDocuments.Create(text);
        CreateSut(new DateOnly(2024, 4, 8)).Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 4, 8), document.Date);
        Assert.AreEqual(DateSource.Option, document.DateSource);
    }

    [TestMethod]
    public void Process_NothingFound_NoDate()
    {
        var document = TestDocuments.Create("The group recruits online.\nMore text.");
        CreateSut().Process(document, CancellationToken.None);
        Assert.IsNull(document.Date);
        Assert.AreEqual(DateSource.None, document.DateSource);
    }

    [TestMethod]
    public void Process_DatelineBelowSearchedLines_NotUsed()
    {
        string text = string.Concat(Enumerable.Repeat("A line of text\n", 15)) + "Apr 08, 2024\nText.";
        var document = TestDocuments.Create(text);
        CreateSut().Process(document, CancellationToken.None);
        Assert.IsNull(document.Date);
    }

    [TestMethod]
    public void Process_DatelineInFurnitureLine_StillFound()
    {
        var document = TestDocuments.Create("Share this post\nApr 08, 2024\nText.", null, 0, 1);
        CreateSut().Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 4, 8), document.Date);
    }

    [TestMethod]
    public void Process_AllNumberDateline_FollowsSlashOrder()
    {
        var document = TestDocuments.Create("04/08/2024\nText.");
        new DocumentDateFinder(new DocumentDateFinderOptions { SlashOrder = SlashOrder.DayMonthYear }).Process(document, CancellationToken.None);
        Assert.AreEqual(new DateOnly(2024, 8, 4), document.Date);
    }

    [TestMethod]
    public void Info_AssignsDocumentDate()
    {
        Assert.AreEqual("document_date", CreateSut().Info.Name);
        Assert.AreEqual(global::IskpNlp.Pipeline.Annotations.DocumentDate, CreateSut().Info.Assigns);
    }

    private static DocumentDateFinder CreateSut(DateOnly? fallback = null) => new(new DocumentDateFinderOptions { FallbackDate = fallback });
}
