using IskpNlp.Pipeline;

namespace IskpNlp.Text;

/// <summary>Options of the <c>furniture</c> stage (<see cref="FurnitureMarker"/>): which rules run and their thresholds.</summary>
internal sealed class FurnitureMarkerOptions
{
    public static readonly FurnitureMarkerOptions Default = new();

    /// <summary>
    /// Whether a line equal to an earlier line is furniture, and so is every occurrence of a
    /// repeated line above the title (the site name of the masthead). The first occurrence of the
    /// title stays. YAML key <c>repeated_lines</c>.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool RepeatedLines { get; init; } = true;

    /// <summary>
    /// Whether short lines of interface words ("Share this post", "Sign in", "Privacy ∙ Terms"),
    /// menus and breadcrumbs ("World | Security"), counters (a line that is one number, not a year), "… avatar" lines, copyright lines, lines
    /// without any word, and photo credits ("Image source") are furniture. YAML key <c>ui_lines</c>.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UiLines { get; init; } = true;

    /// <summary>
    /// Whether subscription pitches and paywall prompts ("… is a reader-supported newsletter",
    /// "Already a paid subscriber?") are furniture. YAML key <c>pitches</c>.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Pitches { get; init; } = true;

    /// <summary>
    /// Whether the lines after a copyright line with a year ("© 2025 …") or a paywall prompt ("Keep
    /// reading with a free trial") are furniture, except lines
    /// that read as prose (see <see cref="MinProseWords"/>). YAML key <c>footer</c>.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Footer { get; init; } = true;

    /// <summary>The most words a line of interface words may have. YAML key <c>max_ui_words</c>, 1 to 30.</summary>
    /// <value>The default is 8.</value>
    public int MaxUiWords { get; init; } = 8;

    /// <summary>
    /// The fewest words of a line that reads as prose (it must also end with a full stop): prose is
    /// kept in a footer and ends the search for the title. YAML key <c>min_prose_words</c>, 3 to 100.
    /// </summary>
    /// <value>The default is 10.</value>
    public int MinProseWords { get; init; } = 10;

    /// <summary>Reads the <c>stages.furniture</c> block.</summary>
    /// <exception cref="PipelineConfigException">A value has the wrong type or is out of range.</exception>
    public static FurnitureMarkerOptions Read(OptionsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new FurnitureMarkerOptions
        {
            RepeatedLines = reader.Boolean("repeated_lines", Default.RepeatedLines),
            UiLines = reader.Boolean("ui_lines", Default.UiLines),
            Pitches = reader.Boolean("pitches", Default.Pitches),
            Footer = reader.Boolean("footer", Default.Footer),
            MaxUiWords = reader.Integer("max_ui_words", Default.MaxUiWords, 1, 30),
            MinProseWords = reader.Integer("min_prose_words", Default.MinProseWords, 3, 100),
        };
    }
}
