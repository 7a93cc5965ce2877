namespace IskpNlp.Training.Evaluation;

/// <summary>Scores per type, micro averages and driver scores, as score.py computes them.</summary>
public sealed record EvaluationResult(
    int Documents,
    IReadOnlyList<TypeScore> Types,
    double MicroPrecision,
    double MicroRecall,
    double MicroF1,
    double MicroF1WithNorm,
    DriverScore Drivers);

public sealed record TypeScore(string Type, int Gold, int Predicted, double Precision, double Recall, double F1, double NormAccuracy, double F1WithNorm);

public sealed record DriverScore(int Gold, int Predicted, double Precision, double Recall, double F1, double? AveragePrecision, double CategoryMicroF1);
