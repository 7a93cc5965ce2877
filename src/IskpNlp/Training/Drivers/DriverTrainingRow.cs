using IskpNlp.Drivers;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IskpNlp.Training.Drivers;

/// <summary>The ML.NET row the trainer fits on: text, the driver label and one label per category.</summary>
internal sealed class DriverTrainingRow
{
    [ColumnName(DriverModelSchema.FeaturesColumn)]
    public VBuffer<float> Features { get; set; }

    [ColumnName(DriverModelSchema.DriverLabelColumn)]
    public bool IsDriver { get; set; }

    /// <summary>How much the row counts in the fit of the label being trained.</summary>
    public float Weight { get; set; } = 1;

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

    /// <summary>The row's schema with the feature vector's size set.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(DriverTrainingRow));
        schema[DriverModelSchema.FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    public bool Has(int category) => category switch
    {
        0 => Economic,
        1 => Repression,
        2 => Migration,
        3 => SafeHaven,
        4 => Propaganda,
        5 => Networks,
        _ => Ideology,
    };

    public DriverTrainingRow WithWeight(float weight)
    {
        var copy = (DriverTrainingRow)MemberwiseClone();
        copy.Weight = weight;
        return copy;
    }

    public static DriverTrainingRow From(DriverExample example, DriverFeaturizer featurizer, FeatureVector vector)
    {
        featurizer.Featurize(example.Text, vector);
        bool Has(Documents.DriverCategory c) => example.Categories.Contains(c);
        return new DriverTrainingRow
        {
            Features = DriverInput.ToVBuffer(vector, featurizer.Dimension),
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
