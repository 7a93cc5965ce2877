using System.Text.Json;

namespace IskpNlp.Training.Evaluation;

/// <summary>Reads a gold JSONL file; a malformed line stops with the file and line number.</summary>
public static class GoldReader
{
    /// <exception cref="FormatException">A line is not a gold object.</exception>
    public static IReadOnlyDictionary<string, GoldDocument> Read(string path)
    {
        var documents = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var idElement = root.GetProperty("id");
                string id = idElement.ValueKind == JsonValueKind.Number ? idElement.GetRawText() : idElement.GetString()!;
                var entities = new List<ScoredEntity>();
                if (root.TryGetProperty("entities", out var entityArray))
                {
                    foreach (var entity in entityArray.EnumerateArray())
                    {
                        string type = entity.GetProperty("type").GetString()!.Trim().ToUpperInvariant();
                        string field = ExtractionScorer.NormalizedField(type);
                        string value = entity.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
                        entities.Add(new ScoredEntity(type, entity.GetProperty("text").GetString()!, value));
                    }
                }
                var drivers = new List<GoldDriver>();
                if (root.TryGetProperty("drivers", out var driverArray))
                {
                    foreach (var driver in driverArray.EnumerateArray())
                    {
                        var categories = driver.TryGetProperty("categories", out var c)
                            ? c.EnumerateArray().Select(x => x.GetString()!).ToList()
                            : [];
                        drivers.Add(new GoldDriver(driver.GetProperty("sentence").GetString()!, categories));
                    }
                }
                documents[id] = new GoldDocument(id, entities, drivers);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path} line {lineNumber}: not a gold object ({ex.Message.Split('\n')[0]})", ex);
            }
        }
        return documents;
    }
}
