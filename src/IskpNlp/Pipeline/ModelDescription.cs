using System.Text.Json.Nodes;

namespace IskpNlp.Pipeline;

/// <summary>The model file a stage loaded, for run.json: name, SHA-256 and the metrics recorded at training.</summary>
public sealed record ModelDescription(string Stage, string File, string Sha256, JsonNode? Metrics);
