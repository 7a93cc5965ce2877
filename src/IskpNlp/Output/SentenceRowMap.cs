using CsvHelper.Configuration;

namespace IskpNlp.Output;

/// <summary>The columns of sentences.csv, in contract order (OUTPUT.md).</summary>
public sealed class SentenceRowMap : ClassMap<SentenceRow>
{
    public SentenceRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Sentence).Name("sentence").Index(1);
        Map(r => r.Start).Name("start").Index(2);
        Map(r => r.End).Name("end").Index(3);
        Map(r => r.Text).Name("text").Index(4);
        Map(r => r.DriverScore).Name("driver_score").Index(5).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.IsDriver).Name("is_driver").Index(6);
        Map(r => r.TopCategory).Name("top_category").Index(7);
        Map(r => r.Economic).Name("ECONOMIC").Index(8).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Repression).Name("REPRESSION").Index(9).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Migration).Name("MIGRATION").Index(10).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.SafeHaven).Name("SAFE_HAVEN").Index(11).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Propaganda).Name("PROPAGANDA").Index(12).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Networks).Name("NETWORKS").Index(13).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Ideology).Name("IDEOLOGY").Index(14).TypeConverterOption.Format(CsvFormat.Decimal);
    }
}
