namespace IskpNlp.Tests;

/// <summary>
/// A pipeline.yaml of fast stages (tokenizer, sentences, furniture, gazetteer over a tiny gazetteer
/// written beside it) for tests that run whole corpora in-process or through the CLI.
/// </summary>
internal static class TestPipeline
{
    /// <summary>Writes the gazetteer and pipeline.yaml into <paramref name="folder"/>; returns the yaml's path.</summary>
    public static string Write(TempFolder folder, string extra = "")
    {
        folder.File("gaz/groups.csv", "alias,canonical,kind,source\nISKP,Islamic State Khorasan Province,acronym,test\nIslamic State Khorasan Province,Islamic State Khorasan Province,name,test\n");
        folder.File("gaz/countries.csv", "alias,canonical,code,ambiguous\nTajikistan,Tajikistan,TJ,0\nAfghanistan,Afghanistan,AF,0\nRussia,Russia,RU,0\n");
        folder.File("gaz/nationalities.csv", "form,base,code\nTajik,Tajik,TJ\nTajiks,Tajik,TJ\nAfghan,Afghan,AF\n");
        folder.File("gaz/locations.csv", "name,canonical,code,kind,population,ambiguous\nDushanbe,Dushanbe,TJ,city,800000,0\nKabul,Kabul,AF,city,4000000,0\n");
        return folder.File("pipeline.yaml",
            "pipeline: [tokenizer, sentences, furniture, gazetteer]\n" +
            "stages:\n  gazetteer:\n    directory: gaz\n" +
            extra);
    }

    /// <summary>A few sentences that give the stages something to find; <paramref name="n"/> varies them.</summary>
    public static string Article(int n) =>
        $"Article {n}. ISKP recruiters approached Tajik migrants in Russia, police in Dushanbe said on {1 + (n % 28)} March.\n" +
        $"Share\n{new string('x', n % 7)} The group, Islamic State Khorasan Province, is active in Afghanistan and near Kabul. " +
        $"\"It's about money,\" said one of {n * 3} men interviewed — café owners, drivers, students.\n" +
        (n % 5 == 0 ? "A line with an emoji 🇦🇫 and a formula-like start:\n=SUM(A1)\n" : "") +
        "Subscribe\n";
}
