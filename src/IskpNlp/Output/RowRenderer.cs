using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace IskpNlp.Output;

/// <summary>A CsvWriter per file over a reusable string buffer, for one thread (see <see cref="OutputWriter.Render"/>).</summary>
internal sealed class RowRenderer
{
    public Part<MentionRow> Mentions { get; } = new(new MentionRowMap());

    public Part<SentenceRow> Sentences { get; } = new(new SentenceRowMap());

    public Part<DocumentRow> Documents { get; } = new(new DocumentRowMap());

    /// <summary>Rows of one file type rendered with the output's CSV configuration, header-less.</summary>
    internal sealed class Part<TRow>
    {
        private readonly StringWriter _buffer = new(new StringBuilder(1 << 12), System.Globalization.CultureInfo.InvariantCulture);
        private readonly CsvWriter _csv;

        public Part(ClassMap<TRow> map)
        {
            _csv = new CsvWriter(_buffer, CsvFormat.Configuration);
            _csv.Context.RegisterClassMap(map);
        }

        public string Render(IEnumerable<TRow> rows)
        {
            foreach (var row in rows)
            {
                _csv.WriteRecord(row);
                _csv.NextRecord();
            }
            _csv.Flush();
            var builder = _buffer.GetStringBuilder();
            string text = builder.ToString();
            builder.Clear();
            return text;
        }
    }
}
