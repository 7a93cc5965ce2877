using IskpNlp.Documents;

namespace IskpNlp.Training.Drivers;

/// <summary>One labelled sentence of a driver training file.</summary>
public sealed record DriverExample(string Text, bool IsDriver, IReadOnlySet<DriverCategory> Categories, int Line);
