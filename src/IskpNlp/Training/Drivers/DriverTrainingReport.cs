namespace IskpNlp.Training.Drivers;

/// <summary>What <see cref="DriverTrainingRun"/> did: sizes, metrics and the files it wrote.</summary>
public sealed record DriverTrainingReport(int Sentences, DriverMetrics CrossValidation, DriverMetrics? Holdout, string ModelPath, string MetadataPath);
