using Microsoft.ML.Data;

namespace IskpNlp.Drivers;

/// <summary>The input row of the driver model: one sentence's text.</summary>
public sealed class DriverInput
{
    [ColumnName(DriverModelSchema.TextColumn)]
    public string Text { get; set; } = "";
}
