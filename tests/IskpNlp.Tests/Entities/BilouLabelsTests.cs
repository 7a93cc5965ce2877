using IskpNlp.Documents;
using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class BilouLabelsTests
{
    [TestMethod]
    public void Names_OutsideThenFourTagsPerType()
    {
        Assert.AreEqual(17, BilouLabels.Count);
        Assert.AreEqual("O", BilouLabels.Names[0]);
        Assert.AreEqual("B-GROUP", BilouLabels.Names[BilouLabels.Label(EntityType.Group, EntityTag.Begin)]);
        Assert.AreEqual("U-NATIONALITY", BilouLabels.Names[BilouLabels.Label(EntityType.Nationality, EntityTag.Unit)]);
    }

    [TestMethod]
    public void Mark_ThreeTokens_BeginInsideLast()
    {
        var labels = new byte[5];

        BilouLabels.Mark(labels, 1, 4, EntityType.Location);

        Assert.AreEqual("O B-LOCATION I-LOCATION L-LOCATION O", string.Join(" ", labels.Select(l => BilouLabels.Names[l])));
    }

    [TestMethod]
    [DataRow("B-GROUP", "I-GROUP", true)]
    [DataRow("B-GROUP", "L-GROUP", true)]
    [DataRow("B-GROUP", "L-COUNTRY", false)]
    [DataRow("B-GROUP", "O", false)]
    [DataRow("I-GROUP", "U-GROUP", false)]
    [DataRow("L-GROUP", "B-GROUP", true)]
    [DataRow("O", "I-GROUP", false)]
    [DataRow("U-LOCATION", "U-LOCATION", true)]
    public void CanFollow_BilouOrder(string previous, string next, bool expected)
    {
        Assert.AreEqual(expected, BilouLabels.CanFollow(Label(previous), Label(next)));
    }

    [TestMethod]
    public void DateType_HasNoTags()
    {
        Assert.IsFalse(BilouLabels.IsTaggable(EntityType.Date));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => BilouLabels.Label(EntityType.Date, EntityTag.Unit));
    }

    private static byte Label(string name) => (byte)Array.IndexOf(BilouLabels.Names, name);
}
