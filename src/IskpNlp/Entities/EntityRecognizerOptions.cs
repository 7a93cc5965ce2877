using IskpNlp.Pipeline;

namespace IskpNlp.Entities;

/// <summary>Options of the <c>ner</c> stage (<see cref="EntityRecognizer"/>).</summary>
public sealed class EntityRecognizerOptions
{
    public static readonly EntityRecognizerOptions Default = new();

    /// <summary>The tagger model written by <c>iskp-nlp train-ner</c> (YAML key <c>model</c>).</summary>
    /// <value>The default is <c>models/ner.bin</c>.</value>
    public string Model { get; init; } = "models/ner.bin";

    /// <summary>
    /// The confidence a name found by the model alone needs to be kept (YAML key <c>min_confidence</c>,
    /// 0 to 1): the lowest, over the name's tokens, of the tagger's probability for the label it chose.
    /// </summary>
    /// <value>The default is 0.5.</value>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>
    /// The gazetteer folder whose tags the model reads as features and whose entries give codes (YAML key
    /// <c>directory</c>); the same as the <c>gazetteer</c> stage's, which then loads it once for both.
    /// </summary>
    /// <value>The default is <c>data/gazetteers</c>.</value>
    public string Directory { get; init; } = "data/gazetteers";

    /// <summary>Reads the <c>stages.ner</c> block; paths resolve against the pipeline file's folder.</summary>
    /// <exception cref="PipelineConfigException">The model or folder does not exist, or min_confidence is not a number from 0 to 1.</exception>
    public static EntityRecognizerOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new EntityRecognizerOptions
        {
            Model = reader.FilePath("model", Default.Model),
            MinConfidence = reader.Number("min_confidence", Default.MinConfidence, 0, 1),
            Directory = reader.FilePath("directory", Default.Directory),
        };
    }
}
