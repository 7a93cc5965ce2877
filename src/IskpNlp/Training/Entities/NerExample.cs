using IskpNlp.Documents;
using IskpNlp.Entities;
using IskpNlp.Text;

namespace IskpNlp.Training.Entities;

/// <summary>
/// A training sentence made ready for the tagger: a one-sentence <see cref="Document"/> tokenized as
/// the pipeline tokenizes, the gazetteer spotter's tag per token, and the gold label per token.
/// A name that starts or ends inside a token ("Afghanistan-based") cannot be a token label and is
/// left to the gazetteer: its tokens stay O (counted in <see cref="Unaligned"/>).
/// </summary>
internal sealed class NerExample
{
    private NerExample(EntitySentence sentence, Document document, byte[] gazetteer, byte[] gold, (int First, int End)[] runs, int unaligned)
    {
        Sentence = sentence;
        Document = document;
        Gazetteer = gazetteer;
        Gold = gold;
        GazetteerRuns = runs;
        Unaligned = unaligned;
    }

    public EntitySentence Sentence { get; }

    public Document Document { get; }

    public byte[] Gazetteer { get; }

    public byte[] Gold { get; }

    /// <summary>The token ranges of the gazetteer's names, which training may hide as a whole.</summary>
    public (int First, int End)[] GazetteerRuns { get; }

    public int Unaligned { get; }

    public static NerExample Create(EntitySentence sentence, GazetteerSpotter spotter)
    {
        var document = ToDocument(sentence);
        var tokens = document.Tokens;
        var gazetteer = new byte[tokens.Length];
        NerFeatures.MarkGazetteer(document, spotter.Spot(document), gazetteer);
        var gold = new byte[tokens.Length];
        int unaligned = 0;
        foreach (var name in sentence.Names)
        {
            int first = -1, end = -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Start == name.Span.Start)
                {
                    first = i;
                }
                if (tokens[i].End == name.Span.End)
                {
                    end = i + 1;
                    break;
                }
            }
            if (first < 0 || end <= first)
            {
                unaligned++;
                continue;
            }
            BilouLabels.Mark(gold, first, end, name.Type);
        }
        return new NerExample(sentence, document, gazetteer, gold, Runs(gazetteer), unaligned);
    }

    /// <summary>The sentence as a document with tokens and one sentence, as the pipeline would make it.</summary>
    public static Document ToDocument(EntitySentence sentence)
    {
        var document = new Document(sentence.Where, sentence.Text);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence.Text, tokens);
        foreach (var token in tokens)
        {
            document.AddToken(token);
        }
        if (tokens.Count > 0)
        {
            document.AddSentence(new Sentence(new TextSpan(tokens[0].Start, tokens[^1].End), 0, tokens.Count));
        }
        return document;
    }

    private static (int First, int End)[] Runs(byte[] gazetteer)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < gazetteer.Length)
        {
            if (gazetteer[i] == 0)
            {
                i++;
                continue;
            }
            int first = i;
            bool partial = (gazetteer[i] & NerFeatures.PartialGazetteerTag) != 0;
            if (!partial && BilouLabels.TagOf(gazetteer[i]) == EntityTag.Begin)
            {
                while (i < gazetteer.Length && BilouLabels.TagOf(gazetteer[i]) != EntityTag.Last)
                {
                    i++;
                }
            }
            i = Math.Min(i + 1, gazetteer.Length);
            runs.Add((first, i));
        }
        return [.. runs];
    }
}
