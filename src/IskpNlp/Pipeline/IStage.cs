using IskpNlp.Documents;

namespace IskpNlp.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads the <see cref="Document"/> and adds its annotations
/// through the document's methods; it never calls another stage. Stages are immutable after
/// construction and are shared by all workers, so <see cref="Process"/> must be thread-safe.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
