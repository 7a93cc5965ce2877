namespace IskpNlp.Documents;

/// <summary>The seven recruitment-driver categories of EXTRACTION.md, in contract column order.</summary>
public enum DriverCategory : byte
{
    Economic,
    Repression,
    Migration,
    SafeHaven,
    Propaganda,
    Networks,
    Ideology,
}
