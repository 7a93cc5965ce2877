using IskpNlp.Dates;
using IskpNlp.Drivers;
using IskpNlp.Entities;
using IskpNlp.Text;

namespace IskpNlp.Pipeline;

/// <summary>
/// Every stage the pipeline can run, by its pipeline.yaml name: one explicit list, no scanning.
/// </summary>
public static class StageRegistry
{
    private static readonly Dictionary<string, StageFactory> Factories = Create(
    [
        StageFactory.For<TokenizerOptions>(Tokenizer.StageName, TokenizerOptions.Read, (o, _) => new Tokenizer(o)),
        StageFactory.For<SentenceSplitterOptions>(SentenceSplitter.StageName, SentenceSplitterOptions.Read, (o, _) => new SentenceSplitter(o)),
        StageFactory.For<FurnitureMarkerOptions>(FurnitureMarker.StageName, FurnitureMarkerOptions.Read, (o, _) => new FurnitureMarker(o)),
        StageFactory.For<GazetteerSpotterOptions>(GazetteerSpotter.StageName, GazetteerSpotterOptions.Read,
            (o, context) => new GazetteerSpotter(context.GetOrLoad("gazetteer:" + o.Directory, () => Gazetteer.Load(o.Directory)))),
        StageFactory.For<EntityRecognizerOptions>(EntityRecognizer.StageName, EntityRecognizerOptions.Read,
            (o, context) => new EntityRecognizer(o, context.GetOrLoad("gazetteer:" + o.Directory, () => Gazetteer.Load(o.Directory)))),
        StageFactory.For<DocumentDateFinderOptions>(DocumentDateFinder.StageName, DocumentDateFinderOptions.Read, (o, _) => new DocumentDateFinder(o)),
        StageFactory.For<DateRecognizerOptions>(DateRecognizer.StageName, DateRecognizerOptions.Read, (o, _) => new DateRecognizer(o)),
        StageFactory.For<DriverScorerOptions>(DriverScorer.StageName, DriverScorerOptions.Read, (o, _) => new DriverScorer(o)),
    ]);

    public static IEnumerable<string> Names => Factories.Keys;

    public static bool TryGet(string name, out StageFactory factory) => Factories.TryGetValue(name, out factory!);

    private static Dictionary<string, StageFactory> Create(StageFactory[] factories) =>
        factories.ToDictionary(f => f.Name, StringComparer.Ordinal);
}
