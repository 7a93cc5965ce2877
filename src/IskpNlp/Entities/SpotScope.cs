using IskpNlp.Documents;

namespace IskpNlp.Entities;

/// <summary>What the rules may know about the whole document: whether it speaks of the Islamic State at all.</summary>
internal sealed class SpotScope
{
    private readonly Document _document;
    private bool? _mentionsIslamicState;

    public SpotScope(Document document)
    {
        _document = document;
    }

    /// <summary>The text names the Islamic State in a form no other word shares, so a capital "IS" there is the group.</summary>
    public bool MentionsIslamicState => _mentionsIslamicState ??=
        _document.Text.Contains("Islamic State", StringComparison.Ordinal)
        || _document.Text.Contains("ISIS", StringComparison.Ordinal)
        || _document.Text.Contains("ISIL", StringComparison.Ordinal)
        || _document.Text.Contains("Daesh", StringComparison.Ordinal)
        || _document.Text.Contains("ISKP", StringComparison.Ordinal);
}
