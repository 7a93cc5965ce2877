using IskpNlp.Pipeline;

namespace IskpNlp.Text;

/// <summary>Options of the <c>sentences</c> stage (<see cref="SentenceSplitter"/>).</summary>
internal sealed class SentenceSplitterOptions
{
    public static readonly SentenceSplitterOptions Default = new();

    /// <summary>
    /// Words, without their full stop, after which a full stop does not end a sentence unless a
    /// sentence plainly starts next (YAML key <c>abbreviations</c>), on top of the built-in list
    /// (titles such as "Gen", months, "etc", "Inc"...). Case-sensitive.
    /// </summary>
    /// <value>The default is an empty list.</value>
    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    /// <summary>
    /// Whether a single line break followed by a lower-case letter continues the sentence, as in
    /// hard-wrapped paragraphs (YAML key <c>join_wrapped_lines</c>). When false, every line break
    /// ends a sentence.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool JoinWrappedLines { get; init; } = true;

    /// <summary>Reads the <c>stages.sentences</c> block.</summary>
    /// <exception cref="PipelineConfigException">A value has the wrong type, or an abbreviation is empty, has white space or a full stop.</exception>
    public static SentenceSplitterOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var abbreviations = reader.StringList("abbreviations", Default.Abbreviations);
        foreach (string word in abbreviations)
        {
            if (word.Length == 0 || word.Contains('.') || word.Any(char.IsWhiteSpace))
            {
                throw new PipelineConfigException(
                    $"{reader.File}: '{Qualified(reader, "abbreviations")}' has '{word}'; allowed: one word without its full stop, such as 'Brig'");
            }
        }
        return new SentenceSplitterOptions
        {
            Abbreviations = abbreviations,
            JoinWrappedLines = reader.Boolean("join_wrapped_lines", Default.JoinWrappedLines),
        };
    }

    private static string Qualified(OptionsReader reader, string key) => reader.Path.Length == 0 ? key : $"{reader.Path}.{key}";
}
