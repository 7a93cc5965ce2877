namespace IskpNlp.Pipeline;

/// <summary>How one stage is made: read its options from its pipeline.yaml block, then construct it.</summary>
public sealed class StageFactory
{
    private readonly Func<OptionsReader, object> _readOptions;
    private readonly Func<object, StageContext, IStage> _create;

    private StageFactory(string name, Func<OptionsReader, object> readOptions, Func<object, StageContext, IStage> create)
    {
        Name = name;
        _readOptions = readOptions;
        _create = create;
    }

    public string Name { get; }

    public static StageFactory For<TOptions>(string name, Func<OptionsReader, TOptions> readOptions, Func<TOptions, StageContext, IStage> create)
        where TOptions : class =>
        new(name, reader => readOptions(reader), (options, context) => create((TOptions)options, context));

    /// <summary>Reads and validates the options; unknown keys are errors.</summary>
    public object ReadOptions(OptionsReader reader)
    {
        object options = _readOptions(reader);
        reader.Finish();
        return options;
    }

    public IStage Create(object options, StageContext context) => _create(options, context);
}
