using System.Collections.Frozen;

namespace IskpNlp.Text;

/// <summary>
/// Words that take a full stop without ending a sentence: titles before names, months, and the
/// usual Latin and business short forms. The tokenizer keeps their full stop in the token
/// ("Gen.", "Jan."); the sentence splitter does not split after them unless a sentence plainly starts.
/// </summary>
internal static class Abbreviations
{
    /// <summary>The built-in list, case-sensitive, without the full stop.</summary>
    public static readonly string[] Defaults =
    [
        // titles and ranks before names
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Brig",
        "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sec", "Supt", "Insp", "Det", "Fr", "Sr", "Jr",
        "St", "Mt", "Ft", "Messrs",
        // months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // references and business forms
        "No", "Nos", "Vol", "Vols", "Fig", "Figs", "pp", "cf", "al", "ca", "approx", "est", "etc", "vs", "viz",
        "Inc", "Ltd", "Co", "Corp", "Dept", "Univ", "Assn", "Bros", "Ave", "Blvd", "Rd",
    ];

    private static readonly FrozenSet<string> DefaultSet = Defaults.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DefaultLookup =
        DefaultSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its full stop) is a built-in abbreviation.</summary>
    public static bool IsDefault(ReadOnlySpan<char> word) => word.Length <= 6 && DefaultLookup.Contains(word);

    /// <summary>
    /// True for a dotted initialism such as "U.S", "e.g" or "Ph.D" (the word before a final full
    /// stop): letters only, every part between full stops one or two letters long.
    /// </summary>
    public static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
        {
            return false;
        }
        int partLength = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }
                partLength = 0;
            }
            else if (!char.IsLetter(c) || ++partLength > 2)
            {
                return false;
            }
        }
        return partLength > 0;
    }

    /// <summary>True for one upper-case letter, as in the initial "F." of a name.</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);
}
