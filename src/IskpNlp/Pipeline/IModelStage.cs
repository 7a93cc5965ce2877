namespace IskpNlp.Pipeline;

/// <summary>A stage that runs a trained model and can say which one (for run.json).</summary>
public interface IModelStage
{
    ModelDescription Model { get; }
}
