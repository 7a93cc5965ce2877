namespace IskpNlp.Training.Entities;

/// <summary>What <c>iskp-nlp train-ner</c> did: the scores it measured and the files it wrote.</summary>
public sealed record NerTrainingReport(
    int TrainSentences,
    NerEvaluation CrossValidation,
    NerEvaluation? HeldOut,
    string ModelPath,
    string MetadataPath,
    long ModelBytes,
    int Buckets);
