namespace IskpNlp.Documents;

/// <summary>The contract's names for entity types, categories, methods and date sources, in one place.</summary>
public static class Labels
{
    public const int CategoryCount = 7;

    public static readonly string[] CategoryNames =
        ["ECONOMIC", "REPRESSION", "MIGRATION", "SAFE_HAVEN", "PROPAGANDA", "NETWORKS", "IDEOLOGY"];

    public static readonly string[] EntityTypeNames = ["GROUP", "COUNTRY", "LOCATION", "NATIONALITY", "DATE"];

    public static string Name(this EntityType type) => EntityTypeNames[(int)type];

    public static string Name(this DriverCategory category) => CategoryNames[(int)category];

    public static string Name(this MentionMethod method) => method switch
    {
        MentionMethod.Gazetteer => "gazetteer",
        MentionMethod.Model => "model",
        _ => "rule",
    };

    public static string Name(this DateSource source) => source switch
    {
        DateSource.Metadata => "metadata",
        DateSource.Dateline => "dateline",
        DateSource.Option => "option",
        _ => "none",
    };

    public static string Name(this DocumentStatus status) => status == DocumentStatus.Ok ? "ok" : "failed";

    public static bool TryParseEntityType(string name, out EntityType type)
    {
        int index = Array.IndexOf(EntityTypeNames, name.Trim().ToUpperInvariant());
        type = index < 0 ? default : (EntityType)index;
        return index >= 0;
    }

    public static bool TryParseCategory(string name, out DriverCategory category)
    {
        int index = Array.IndexOf(CategoryNames, name.Trim().ToUpperInvariant());
        category = index < 0 ? default : (DriverCategory)index;
        return index >= 0;
    }
}
