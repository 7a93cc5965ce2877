namespace IskpNlp.Documents;

/// <summary>The mention types of EXTRACTION.md.</summary>
public enum EntityType : byte
{
    Group,
    Country,
    Location,
    Nationality,
    Date,
}
