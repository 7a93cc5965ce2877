using CsvHelper.Configuration;

namespace IskpNlp.Output;

/// <summary>The columns of documents.csv, in contract order (OUTPUT.md).</summary>
public sealed class DocumentRowMap : ClassMap<DocumentRow>
{
    public DocumentRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Source).Name("source").Index(1);
        Map(r => r.Title).Name("title").Index(2);
        Map(r => r.Date).Name("date").Index(3);
        Map(r => r.DateSource).Name("date_source").Index(4);
        Map(r => r.Status).Name("status").Index(5);
        Map(r => r.Error).Name("error").Index(6);
        Map(r => r.Chars).Name("chars").Index(7);
        Map(r => r.Tokens).Name("tokens").Index(8);
        Map(r => r.Sentences).Name("sentences").Index(9);
        Map(r => r.Mentions).Name("mentions").Index(10);
        Map(r => r.DriverSentences).Name("driver_sentences").Index(11);
        Map(r => r.Groups).Name("groups").Index(12);
        Map(r => r.Countries).Name("countries").Index(13);
        Map(r => r.Nationalities).Name("nationalities").Index(14);
        Map(r => r.MaxDriverScore).Name("max_driver_score").Index(15).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.TopCategory).Name("top_category").Index(16);
    }
}
