namespace IskpNlp.Entities;

/// <summary>The file names and columns of data/gazetteers (see its README).</summary>
public static class GazetteerFiles
{
    public const string Countries = "countries.csv";
    public const string Nationalities = "nationalities.csv";
    public const string Locations = "locations.csv";
    public const string Groups = "groups.csv";

    public static readonly string[] CountryColumns = ["alias", "canonical", "code", "ambiguous"];
    public static readonly string[] NationalityColumns = ["form", "base", "code"];
    public static readonly string[] LocationColumns = ["name", "canonical", "code", "kind", "population", "ambiguous"];
    public static readonly string[] GroupColumns = ["alias", "canonical", "kind", "source"];
}
