namespace IskpNlp.Pipeline;

/// <summary>
/// Builds a <see cref="StagePipeline"/> from a validated <see cref="PipelineConfig"/>: checks that every
/// stage's requirements are assigned by a stage before it, then makes each stage once.
/// </summary>
public static class PipelineBuilder
{
    /// <exception cref="PipelineConfigException">A stage comes before the stage it needs, or a model cannot be loaded.</exception>
    public static StagePipeline Build(PipelineConfig config)
    {
        var context = new StageContext(Path.GetDirectoryName(Path.GetFullPath(config.File))!);
        var stages = new List<IStage>();
        var assigned = Annotations.None;
        foreach (var stageConfig in config.Stages)
        {
            var stage = stageConfig.Factory.Create(stageConfig.Options, context);
            var missing = stage.Info.Requires & ~assigned;
            if (missing != Annotations.None)
            {
                throw new PipelineConfigException(
                    $"{config.File}: stage '{stage.Info.Name}' needs {missing}, which no stage before it in 'pipeline' provides; stages so far: {(stages.Count == 0 ? "none" : string.Join(", ", stages.Select(s => s.Info.Name)))}");
            }
            assigned |= stage.Info.Assigns;
            stages.Add(stage);
        }
        return new StagePipeline([.. stages]);
    }
}
