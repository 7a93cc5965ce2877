using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class PerceptronModelTests
{
    private static readonly string[] Sentences =
    [
        "Members of the Jund al-Furqan network were arrested in Vose district.",
        "Tajik officers detained three men near Kalininobod.",
        "The court heard that the men had met online.",
    ];

    [TestMethod]
    public void SaveLoad_RoundTrip_SameWeightsAndPredictions()
    {
        var model = NerFixture.Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = PerceptronModel.Load(stream);

        CollectionAssert.AreEqual(model.Labels.ToArray(), loaded.Labels.ToArray());
        CollectionAssert.AreEqual(model.Buckets, loaded.Buckets);
        CollectionAssert.AreEqual(model.Weights, loaded.Weights);
        Assert.AreEqual(model.Calibration, loaded.Calibration);
        Assert.AreEqual(model.HashBits, loaded.HashBits);
        foreach (string sentence in Sentences)
        {
            Assert.AreEqual(Tag(model, sentence), Tag(loaded, sentence), sentence);
        }
    }

    [TestMethod]
    public void Save_File_RoundTripsMetrics()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "models", "ner.bin");
        var model = new PerceptronModel(BilouLabels.Names, NerFeatures.Version, 12, [3, 70], new float[2 * BilouLabels.Count], """{"f1":0.9}""", new Calibration(0.5f, -1f));

        model.Save(path);
        var loaded = PerceptronModel.Load(path);

        Assert.AreEqual("""{"f1":0.9}""", loaded.Metrics);
        Assert.AreEqual(new Calibration(0.5f, -1f), loaded.Calibration);
        CollectionAssert.AreEqual(new[] { 3, 70 }, loaded.Buckets);
    }

    [TestMethod]
    [DataRow(4)]
    [DataRow(30)]
    [DataRow(200)]
    public void Load_TruncatedFile_ThrowsInvalidData(int cut)
    {
        using var stream = new MemoryStream();
        NerFixture.Model.Save(stream);
        var bytes = stream.ToArray();

        var error = Assert.ThrowsExactly<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(bytes[..^cut])));

        StringAssert.Matches(error.Message, new System.Text.RegularExpressions.Regex("cut short|ends early|header"));
    }

    [TestMethod]
    public void Load_ForeignFile_ThrowsInvalidDataNamingFileAndHeader()
    {
        using var folder = new TempFolder();
        string path = folder.File("drivers.zip", "PK\u0003\u0004 something else entirely");

        var error = Assert.ThrowsExactly<InvalidDataException>(() => PerceptronModel.Load(path));

        StringAssert.StartsWith(error.Message, path);
        StringAssert.Contains(error.Message, "no ISKPNER header");
    }

    [TestMethod]
    public void Load_OtherFormatVersion_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        NerFixture.Model.Save(stream);
        var bytes = stream.ToArray();
        bytes[8] = 99;

        var error = Assert.ThrowsExactly<InvalidDataException>(() => PerceptronModel.Load(new MemoryStream(bytes)));

        StringAssert.Contains(error.Message, "format 99");
    }

    [TestMethod]
    public void Constructor_WeightsNotBucketsTimesLabels_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new PerceptronModel(BilouLabels.Names, NerFeatures.Version, 12, [1, 2], new float[5]));
    }

    [TestMethod]
    public void Tagger_OtherFeatureVersion_Refused()
    {
        var model = new PerceptronModel(BilouLabels.Names, NerFeatures.Version + 1, 12, [], []);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => new PerceptronTagger(model));

        StringAssert.Contains(error.Message, "feature version");
    }

    private static string Tag(PerceptronModel model, string text)
    {
        var document = NerFixture.Document(text);
        var gazetteer = new byte[document.Tokens.Length];
        NerFeatures.MarkGazetteer(document, new GazetteerSpotter(NerFixture.CreateGazetteer()).Spot(document), gazetteer);
        var labels = new byte[gazetteer.Length];
        var logOdds = new float[gazetteer.Length];
        new PerceptronTagger(model).Tag(document.Text, document.Tokens, gazetteer, labels, logOdds);
        return string.Join(" ", labels.Select(l => BilouLabels.Names[l])) + " | " + string.Join(" ", logOdds);
    }
}
