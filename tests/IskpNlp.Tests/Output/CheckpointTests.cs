using IskpNlp.Output;

namespace IskpNlp.Tests.Output;

[TestClass]
public sealed class CheckpointTests
{
    [TestMethod]
    public void WriteThenRead_SameValues()
    {
        using var folder = new TempFolder();
        var checkpoint = CreateSut();
        checkpoint.Write(folder.Path);
        var read = Checkpoint.Read(folder.Path);
        Assert.IsNotNull(read);
        Assert.AreEqual(checkpoint.Documents, read.Documents);
        Assert.AreEqual(checkpoint.Tokens, read.Tokens);
        Assert.AreEqual(checkpoint.ConfigSha256, read.ConfigSha256);
        CollectionAssert.AreEquivalent(checkpoint.FileLengths.ToArray(), read.FileLengths.ToArray());
        Assert.IsFalse(File.Exists(Checkpoint.PathIn(folder.Path) + ".tmp"));
    }

    [TestMethod]
    public void Read_NoFile_Null()
    {
        using var folder = new TempFolder();
        Assert.IsNull(Checkpoint.Read(folder.Path));
    }

    [TestMethod]
    [DataRow("{\"format\": 1, \"documents\": ")]
    [DataRow("not json")]
    [DataRow("{\"format\": 99, \"config_sha256\": \"a\", \"input\": \"i\", \"input_fingerprint\": \"f\", \"documents\": 1, \"ok\": 1, \"failed\": 0, \"tokens\": 1, \"file_lengths\": {}}")]
    [DataRow("{\"format\": 1, \"config_sha256\": \"a\", \"input\": \"i\", \"input_fingerprint\": \"f\", \"documents\": -1, \"ok\": 1, \"failed\": 0, \"tokens\": 1, \"file_lengths\": {}}")]
    public void Read_DamagedOrForeign_InvalidDataNamingTheFile(string content)
    {
        using var folder = new TempFolder();
        folder.File(Checkpoint.FileName, content);
        var ex = Assert.ThrowsExactly<InvalidDataException>(() => Checkpoint.Read(folder.Path));
        StringAssert.Contains(ex.Message, Checkpoint.FileName);
    }

    [TestMethod]
    public void Delete_RemovesFile()
    {
        using var folder = new TempFolder();
        CreateSut().Write(folder.Path);
        Checkpoint.Delete(folder.Path);
        Assert.IsFalse(File.Exists(Checkpoint.PathIn(folder.Path)));
    }

    private static Checkpoint CreateSut() => new()
    {
        ConfigSha256 = "abc",
        Input = "/in",
        InputFingerprint = "file:/in:1:2",
        Documents = 42,
        Ok = 40,
        Failed = 2,
        Tokens = 12345,
        FileLengths = new Dictionary<string, long> { [OutputWriter.MentionsFile] = 10, [OutputWriter.SentencesFile] = 20, [OutputWriter.DocumentsFile] = 30 },
    };
}
