using System.Text;
using System.Text.Json.Nodes;
using IskpNlp.Documents;
using IskpNlp.Entities;

namespace IskpNlp.Training.Entities;

/// <summary>
/// One set of annotated sentences scored twice: by the gazetteer spotter alone, and by the spotter
/// followed by the <c>ner</c> stage (the pipeline's own code, merge rule included).
/// </summary>
public sealed record NerEvaluation(int Sentences, NerScores GazetteerOnly, NerScores WithModel)
{
    /// <summary>Runs both systems on <paramref name="sentences"/>, each as a one-sentence document.</summary>
    /// <param name="sentences">Annotated sentences.</param>
    /// <param name="gazetteer">The gazetteer of the spotter and of the recogniser.</param>
    /// <param name="recognizer">The <c>ner</c> stage to score.</param>
    /// <param name="errors">When given, receives each sentence where gazetteer + model differ from gold: the names missed and the names found wrongly.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    public static NerEvaluation Run(IReadOnlyList<EntitySentence> sentences, Gazetteer gazetteer, EntityRecognizer recognizer, TextWriter? errors = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var spotter = new GazetteerSpotter(gazetteer);
        var alone = new NerScores();
        var with = new NerScores();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gold = sentence.Names.Select(n => (n, GazetteerNames.Find(gazetteer, sentence.Text[n.Span.Start..n.Span.End], n.Type) is null)).ToList();
            var document = NerExample.ToDocument(sentence);
            spotter.Process(document, cancellationToken);
            alone.Add(gold, Names(document));
            recognizer.Process(document, cancellationToken);
            var found = Names(document);
            with.Add(gold, found);
            if (errors is not null)
            {
                WriteErrors(errors, sentence, document, found);
            }
        }
        return new NerEvaluation(sentences.Count, alone, with);
    }

    /// <summary>The per-type table: P, R and F1 of the gazetteer alone, then with the model; and recall on names no gazetteer has.</summary>
    public string ToTable(string title)
    {
        var text = new StringBuilder();
        text.Append(title).Append(" (").Append(Sentences).Append(" sentences)\n");
        text.Append("                        gazetteer only        gazetteer + model\n");
        text.Append("type          gold      P      R     F1      P      R     F1\n");
        for (int t = 0; t < BilouLabels.TypeCount; t++)
        {
            var type = (EntityType)t;
            text.Append($"{type.Name(),-12} {GazetteerOnly.Gold(type),5}  ");
            text.Append($"{NerScores.Format(GazetteerOnly.Precision(type))}  {NerScores.Format(GazetteerOnly.Recall(type))}  {NerScores.Format(GazetteerOnly.F1(type))}  ");
            text.Append($"{NerScores.Format(WithModel.Precision(type))}  {NerScores.Format(WithModel.Recall(type))}  {NerScores.Format(WithModel.F1(type))}\n");
        }
        text.Append($"{"ALL(micro)",-12} {GazetteerOnly.GoldTotal,5}  ");
        text.Append($"{NerScores.Format(GazetteerOnly.MicroPrecision)}  {NerScores.Format(GazetteerOnly.MicroRecall)}  {NerScores.Format(GazetteerOnly.MicroF1)}  ");
        text.Append($"{NerScores.Format(WithModel.MicroPrecision)}  {NerScores.Format(WithModel.MicroRecall)}  {NerScores.Format(WithModel.MicroF1)}\n");
        text.Append($"{"unseen",-12} {GazetteerOnly.UnseenGold,5}         {NerScores.Format(GazetteerOnly.UnseenRecall)}                {NerScores.Format(WithModel.UnseenRecall)}   (recall on names no gazetteer has)\n");
        return text.ToString();
    }

    public JsonObject ToJson() => new()
    {
        ["sentences"] = Sentences,
        ["gazetteer_only"] = GazetteerOnly.ToJson(),
        ["with_model"] = WithModel.ToJson(),
    };

    private static void WriteErrors(TextWriter errors, EntitySentence sentence, Document document, List<EntityAnnotation> found)
    {
        var missed = sentence.Names.Where(n => !found.Contains(n)).ToList();
        var wrong = document.Mentions.ToArray().Where(m => BilouLabels.IsTaggable(m.Type) && !sentence.Names.Contains(new EntityAnnotation(m.Span, m.Type))).ToList();
        if (missed.Count == 0 && wrong.Count == 0)
        {
            return;
        }
        errors.WriteLine($"{sentence.Where}\t{sentence.Text}");
        foreach (var name in missed)
        {
            errors.WriteLine($"    missed  [[{sentence.Text[name.Span.Start..name.Span.End]}|{name.Type.Name()}]]");
        }
        foreach (var mention in wrong)
        {
            errors.WriteLine($"    wrong   [[{sentence.Text[mention.Span.Start..mention.Span.End]}|{mention.Type.Name()}]] {mention.Method.Name()} {mention.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    private static List<EntityAnnotation> Names(Document document)
    {
        var names = new List<EntityAnnotation>();
        foreach (ref readonly var mention in document.Mentions)
        {
            if (BilouLabels.IsTaggable(mention.Type))
            {
                names.Add(new EntityAnnotation(mention.Span, mention.Type));
            }
        }
        return names;
    }
}
