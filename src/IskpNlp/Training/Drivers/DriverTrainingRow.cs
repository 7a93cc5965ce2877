using IskpNlp.Drivers;
using Microsoft.ML.Data;

namespace IskpNlp.Training.Drivers;

/// <summary>The ML.NET row the trainer fits on: text, the driver label and one label per category.</summary>
internal sealed class DriverTrainingRow
{
    [ColumnName(DriverModelSchema.TextColumn)]
    public string Text { get; set; } = "";

    [ColumnName(DriverModelSchema.DriverLabelColumn)]
    public bool IsDriver { get; set; }

    [ColumnName("Is_ECONOMIC")]
    public bool Economic { get; set; }

    [ColumnName("Is_REPRESSION")]
    public bool Repression { get; set; }

    [ColumnName("Is_MIGRATION")]
    public bool Migration { get; set; }

    [ColumnName("Is_SAFE_HAVEN")]
    public bool SafeHaven { get; set; }

    [ColumnName("Is_PROPAGANDA")]
    public bool Propaganda { get; set; }

    [ColumnName("Is_NETWORKS")]
    public bool Networks { get; set; }

    [ColumnName("Is_IDEOLOGY")]
    public bool Ideology { get; set; }

    public static DriverTrainingRow From(DriverExample example)
    {
        bool Has(Documents.DriverCategory c) => example.Categories.Contains(c);
        return new DriverTrainingRow
        {
            Text = example.Text,
            IsDriver = example.IsDriver,
            Economic = Has(Documents.DriverCategory.Economic),
            Repression = Has(Documents.DriverCategory.Repression),
            Migration = Has(Documents.DriverCategory.Migration),
            SafeHaven = Has(Documents.DriverCategory.SafeHaven),
            Propaganda = Has(Documents.DriverCategory.Propaganda),
            Networks = Has(Documents.DriverCategory.Networks),
            Ideology = Has(Documents.DriverCategory.Ideology),
        };
    }
}
