using IskpNlp.Dates;
using IskpNlp.Pipeline;
using YamlDotNet.RepresentationModel;

namespace IskpNlp.Tests.Dates;

[TestClass]
public sealed class DateRecognizerOptionsTests
{
    [TestMethod]
    public void Read_EmptyBlock_Defaults()
    {
        var options = DateRecognizerOptions.Read(Reader(""));
        Assert.AreEqual(SlashOrder.MonthDayYear, options.SlashOrder);
        Assert.IsTrue(options.FurnitureFullDates);
    }

    [TestMethod]
    public void Read_AllKeys_Set()
    {
        var options = DateRecognizerOptions.Read(Reader("slash_order: dmy\nfurniture_full_dates: false"));
        Assert.AreEqual(SlashOrder.DayMonthYear, options.SlashOrder);
        Assert.IsFalse(options.FurnitureFullDates);
    }

    [TestMethod]
    public void Read_BadSlashOrder_MessageNamesKeyValueAndAllowed()
    {
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => DateRecognizerOptions.Read(Reader("slash_order: ymd")));
        Assert.AreEqual("pipeline.yaml:1:14: 'stages.dates.slash_order' is 'ymd'; allowed: mdy, dmy", error.Message);
    }

    [TestMethod]
    public void Factory_UnknownKey_Rejected()
    {
        Assert.IsTrue(StageRegistry.TryGet("dates", out var factory));
        var error = Assert.ThrowsExactly<PipelineConfigException>(() => factory.ReadOptions(Reader("slash: dmy")));
        StringAssert.Contains(error.Message, "unknown key 'stages.dates.slash'");
    }

    internal static OptionsReader Reader(string yaml, string path = "stages.dates")
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Length == 0 ? "{}" : yaml));
        return new OptionsReader(stream.Documents[0].RootNode as YamlMappingNode, "pipeline.yaml", path, "/");
    }
}
