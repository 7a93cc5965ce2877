using CsvHelper.Configuration;

namespace IskpNlp.Output;

/// <summary>The columns of mentions.csv, in contract order (OUTPUT.md).</summary>
public sealed class MentionRowMap : ClassMap<MentionRow>
{
    public MentionRowMap()
    {
        Map(r => r.DocId).Name("doc_id").Index(0);
        Map(r => r.Sentence).Name("sentence").Index(1);
        Map(r => r.Start).Name("start").Index(2);
        Map(r => r.End).Name("end").Index(3);
        Map(r => r.Text).Name("text").Index(4);
        Map(r => r.Type).Name("type").Index(5);
        Map(r => r.Canonical).Name("canonical").Index(6);
        Map(r => r.Code).Name("code").Index(7);
        Map(r => r.Value).Name("value").Index(8);
        Map(r => r.Confidence).Name("confidence").Index(9).TypeConverterOption.Format(CsvFormat.Decimal);
        Map(r => r.Method).Name("method").Index(10);
    }
}
