using IskpNlp.Dates;
using IskpNlp.Pipeline;

namespace IskpNlp.Tests.Dates;

[TestClass]
public sealed class DocumentDateFinderOptionsTests
{
    [TestMethod]
    public void Read_EmptyBlock_Defaults()
    {
        var options = DocumentDateFinderOptions.Read(Reader(""));
        Assert.IsNull(options.FallbackDate);
        Assert.AreEqual(15, options.DatelineLines);
        Assert.AreEqual(1500, options.DatelineChars);
        Assert.AreEqual(SlashOrder.MonthDayYear, options.SlashOrder);
    }

    [TestMethod]
    public void Read_FallbackDate_ParsedAsIso()
    {
        var options = DocumentDateFinderOptions.Read(Reader("fallback_date: 2024-04-08"));
        Assert.AreEqual(new DateOnly(2024, 4, 8), options.FallbackDate);
    }

    [TestMethod]
    public void Read_BadFallbackDate_MessageNamesKeyValueAndAllowed()
    {
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => DocumentDateFinderOptions.Read(Reader("fallback_date: 08/04/2024")));
        Assert.AreEqual("pipeline.yaml: 'stages.document_date.fallback_date' is '08/04/2024'; allowed: an ISO date such as 2024-04-08", error.Message);
    }

    [TestMethod]
    public void Read_LinesOutOfRange_Rejected()
    {
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => DocumentDateFinderOptions.Read(Reader("dateline_lines: -1")));
        StringAssert.Contains(error.Message, "'stages.document_date.dateline_lines' is -1; allowed: 0 to 200");
    }

    [TestMethod]
    public void Registry_DocumentDate_Registered()
    {
        Assert.IsTrue(StageRegistry.TryGet("document_date", out var factory));
        var options = factory.ReadOptions(Reader("fallback_date: 2024-04-08"));
        Assert.IsInstanceOfType<DocumentDateFinder>(factory.Create(options, new StageContext("/")));
    }

    private static OptionsReader Reader(string yaml) => DateRecognizerOptionsTests.Reader(yaml, "stages.document_date");
}
