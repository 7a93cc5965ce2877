using IskpNlp.Documents;
using IskpNlp.Entities;

namespace IskpNlp.Tests.Entities;

[TestClass]
public sealed class SpotterRulesTests
{
    [TestMethod]
    [DataRow("Dushanbe", false, false, "Dushanbe", true)]
    [DataRow("Dushanbe", false, false, "DUSHANBE", true)] // a dateline in capitals
    [DataRow("Dushanbe", false, false, "dushanbe", false)] // never with capitals missing
    [DataRow("al-Qaeda", false, false, "Al-Qaeda", true)] // extra capitals at a sentence start
    [DataRow("al-Qaeda", false, false, "AL-QAEDA", true)]
    [DataRow("Islamic State", false, false, "Islamic  State", true)] // any run of white space
    [DataRow("Islamic State", false, false, "Islamic\nState", true)]
    [DataRow("Islamic State", false, false, "islamic state", false)]
    [DataRow("Nice", true, false, "NICE", false)] // ambiguous forms not in capitals
    [DataRow("Niger", false, false, "NIGER", true)]
    [DataRow("Bor", false, false, "BOR", false)] // three letters in capitals may be an acronym
    [DataRow("IS", false, true, "IS", true)]
    [DataRow("IS", false, true, "Is", false)] // case-exact forms match only as written
    [DataRow("US", false, true, "us", false)]
    [DataRow("ISKP", false, true, "ISKP", true)]
    [DataRow("ISKP", false, false, "Iskp", false)] // a form in capitals is not matched by a lower-case text
    public void CaseMatches_FollowsTheFormsCase(string form, bool ambiguous, bool caseExact, string surface, bool expected)
    {
        var entry = new GazetteerEntry(form, EntityType.Location, form, "", ambiguous, caseExact);

        Assert.AreEqual(expected, SpotterRules.CaseMatches(entry, surface));
    }

    [TestMethod]
    [DataRow("IS", 2, false)]
    [DataRow("U.S.", 2, false)]
    [DataRow("al-Qaeda", 7, true)]
    [DataRow("ISIS-K", 5, false)]
    [DataRow("Türkiye", 7, true)]
    [DataRow("ДУШАНБЕ", 7, false)]
    public void Entry_KnowsItsLettersAndWhetherItHasLowerCase(string form, int letters, bool hasLower)
    {
        var entry = new GazetteerEntry(form, EntityType.Group, form, "", false, false);

        Assert.AreEqual(letters, entry.Letters);
        Assert.AreEqual(hasLower, entry.HasLower);
    }
}
