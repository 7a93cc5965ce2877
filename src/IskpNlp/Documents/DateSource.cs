namespace IskpNlp.Documents;

/// <summary>Where a document's date came from: the <c>date_source</c> column of documents.csv.</summary>
public enum DateSource : byte
{
    None,
    Metadata,
    Dateline,
    Option,
}
