using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IskpNlp.Training.Drivers;

/// <summary>
/// Metrics for is_driver and each category over one evaluation set, and the categories pooled
/// (micro-averaged: every sentence-category pair of the driver sentences counts once).
/// </summary>
public sealed record DriverMetrics(int Sentences, LabelMetrics Driver, IReadOnlyList<LabelMetrics> Categories, LabelMetrics CategoriesMicro)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["sentences"] = Sentences };
        foreach (var metrics in Categories.Prepend(Driver).Append(CategoriesMicro))
        {
            json[metrics.Label] = new JsonObject
            {
                ["positives"] = metrics.Positives,
                ["precision"] = Math.Round(metrics.Precision, 4),
                ["recall"] = Math.Round(metrics.Recall, 4),
                ["f1"] = Math.Round(metrics.F1, 4),
                ["auc_pr"] = Math.Round(metrics.AucPr, 4),
            };
        }
        return json;
    }

    public string ToTable(string title)
    {
        var inv = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.AppendLine($"{title} ({Sentences} sentences)");
        builder.AppendLine(string.Format(inv, "  {0,-12} {1,5} {2,6} {3,6} {4,6} {5,7}", "label", "pos", "P", "R", "F1", "AUC-PR"));
        foreach (var m in Categories.Prepend(Driver).Append(CategoriesMicro))
        {
            builder.AppendLine(string.Format(inv, "  {0,-12} {1,5} {2,6:F3} {3,6:F3} {4,6:F3} {5,7:F3}", m.Label, m.Positives, m.Precision, m.Recall, m.F1, m.AucPr));
        }
        return builder.ToString();
    }
}
