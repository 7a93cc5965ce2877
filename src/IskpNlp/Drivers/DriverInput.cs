using Microsoft.ML;
using Microsoft.ML.Data;

namespace IskpNlp.Drivers;

/// <summary>The input row of the driver model: one sentence's hashed features.</summary>
public sealed class DriverInput
{
    [ColumnName(DriverModelSchema.FeaturesColumn)]
    public VBuffer<float> Features { get; set; }

    /// <summary>The row's schema with the vector's size set: it depends on the featurizer's hash bits.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(DriverInput));
        schema[DriverModelSchema.FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    /// <summary>The features of <paramref name="vector"/> as an ML.NET sparse vector (indices sorted, as ML.NET requires).</summary>
    public static VBuffer<float> ToVBuffer(FeatureVector vector, int dimension)
    {
        var indices = vector.Indices.ToArray();
        var values = vector.Values.ToArray();
        Array.Sort(indices, values);
        return new VBuffer<float>(dimension, indices.Length, values, indices);
    }
}
