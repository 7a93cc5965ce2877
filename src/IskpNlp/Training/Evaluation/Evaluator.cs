using IskpNlp.Documents;
using IskpNlp.Input;
using IskpNlp.Output;
using IskpNlp.Pipeline;

namespace IskpNlp.Training.Evaluation;

/// <summary>
/// <c>iskp-nlp evaluate</c>: runs the pipeline over a documents file and scores its rows (the same
/// rows the CSV files get) against a gold file.
/// </summary>
public static class Evaluator
{
    public static (EvaluationResult Result, IReadOnlyList<Document> Documents) Run(PipelineConfig config, string documentsPath, string goldPath, CancellationToken cancellationToken)
    {
        var gold = GoldReader.Read(goldPath);
        var source = DocumentSources.Open(documentsPath, config.Input);
        var documents = CorpusRun.Process(config, source.Read(cancellationToken), cancellationToken);
        return (ExtractionScorer.Score(gold, Predictions(documents)), documents);
    }

    public static IReadOnlyDictionary<string, PredictedDocument> Predictions(IEnumerable<Document> documents)
    {
        var predictions = new Dictionary<string, PredictedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var map = new CodePointMap(document.Text);
            var entities = RowBuilder.Mentions(document, map)
                .Select(m => new ScoredEntity(m.Type, m.Text, m.Type switch
                {
                    "GROUP" => m.Canonical,
                    "DATE" => m.Value,
                    _ => m.Code,
                }))
                .ToList();
            var sentences = RowBuilder.Sentences(document, map)
                .Select(s => new ScoredSentence(
                    s.Text,
                    s.DriverScore ?? 0,
                    s.IsDriver == 1,
                    s.TopCategory,
                    CategoryScores(s)))
                .ToList();
            predictions[document.Id] = new PredictedDocument(entities, sentences);
        }
        return predictions;
    }

    private static Dictionary<string, double> CategoryScores(SentenceRow row)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        float?[] values = [row.Economic, row.Repression, row.Migration, row.SafeHaven, row.Propaganda, row.Networks, row.Ideology];
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                scores[Labels.CategoryNames[i]] = value;
            }
        }
        return scores;
    }
}
