using IskpNlp.Pipeline;

namespace IskpNlp.Entities;

/// <summary>Options of the <c>gazetteer</c> stage.</summary>
public sealed class GazetteerSpotterOptions
{
    /// <summary>Folder with countries.csv, nationalities.csv, locations.csv and groups.csv. The default is <c>data/gazetteers</c>.</summary>
    public string Directory { get; init; } = "data/gazetteers";

    public static GazetteerSpotterOptions Read(OptionsReader reader) => new()
    {
        Directory = reader.FilePath("directory", "data/gazetteers"),
    };
}
