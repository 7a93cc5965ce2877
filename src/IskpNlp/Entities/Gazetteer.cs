using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using IskpNlp.Documents;
using IskpNlp.Pipeline;
using IskpNlp.Text;

namespace IskpNlp.Entities;

/// <summary>
/// The four gazetteers of data/gazetteers (countries, nationalities, locations, groups) as one trie
/// over the forms' tokens, tokenized by the same <see cref="Tokenizer"/> as documents so that a form
/// and its occurrence in text split alike ("ISIS-K", "U.S.", "al-Qaeda" stay one token).
/// </summary>
public sealed class Gazetteer
{
    private readonly GazetteerTrie _root = new();
    private readonly Dictionary<string, IReadOnlyList<string>> _codeChoices = new(StringComparer.Ordinal);

    private Gazetteer()
    {
    }

    public int Count { get; private set; }

    internal GazetteerTrie Root => _root;

    public static Gazetteer FromEntries(IEnumerable<GazetteerEntry> entries)
    {
        var gazetteer = new Gazetteer();
        var tokens = new List<Token>();
        foreach (var entry in entries)
        {
            tokens.Clear();
            Tokenizer.Tokenize(entry.Form, tokens);
            // "Khatlon region": the spec's span is the shortest that names the place, so a form ending in a
            // lower-case common noun is left to its head ("Khatlon").
            if (tokens.Count == 0 || (tokens.Count > 1 && entry.Type == EntityType.Location && IsLowerWord(entry.Form.AsSpan(tokens[^1].Start, tokens[^1].Length))))
            {
                continue;
            }
            gazetteer._root.Add(tokens.Select(t => entry.Form[t.Start..t.End]).ToArray(), entry);
            gazetteer.Count++;
            if (entry.CodeChoices.Count > 0)
            {
                gazetteer._codeChoices[entry.Canonical] = entry.CodeChoices;
            }
        }
        return gazetteer;
    }

    /// <summary>Loads countries.csv, nationalities.csv, locations.csv and groups.csv from <paramref name="folder"/>.</summary>
    /// <exception cref="PipelineConfigException">A file is missing, lacks a column or has an invalid row.</exception>
    public static Gazetteer Load(string folder)
    {
        var entries = new List<GazetteerEntry>();
        Read(folder, GazetteerFiles.Groups, GazetteerFiles.GroupColumns, (row, line) =>
        {
            string alias = row["alias"];
            bool acronym = row["kind"] == "acronym";
            entries.Add(new GazetteerEntry(alias, EntityType.Group, Required(row, "canonical", line), "", false, acronym || IsShortCaps(alias)));
        });
        Read(folder, GazetteerFiles.Countries, GazetteerFiles.CountryColumns, (row, line) =>
        {
            string alias = row["alias"];
            entries.Add(new GazetteerEntry(alias, EntityType.Country, Required(row, "canonical", line), Required(row, "code", line), row["ambiguous"] == "1", IsShortCaps(alias)));
        });
        Read(folder, GazetteerFiles.Nationalities, GazetteerFiles.NationalityColumns, (row, _) =>
        {
            string form = row["form"];
            entries.Add(new GazetteerEntry(form, EntityType.Nationality, row["base"], row["code"], false, IsShortCaps(form)));
        });
        Read(folder, GazetteerFiles.Locations, GazetteerFiles.LocationColumns, (row, line) =>
        {
            string name = row["name"];
            string code = row["code"];
            string[] choices = code.Contains('|') ? CodeChoices(code, line) : [];
            entries.Add(new GazetteerEntry(name, EntityType.Location, Required(row, "canonical", line), choices.Length > 0 ? "" : code, row["ambiguous"] == "1", IsShortCaps(name))
            {
                CodeChoices = choices,
            });
        });
        return FromEntries(entries);
    }

    // "PK|IN": the countries that each have a place of this name, likeliest first.
    private static string[] CodeChoices(string code, int line)
    {
        string[] choices = code.Split('|');
        foreach (string choice in choices)
        {
            if (choice.Length != 2 || !char.IsAsciiLetterUpper(choice[0]) || !char.IsAsciiLetterUpper(choice[1]))
            {
                throw new FormatException($"line {line}: code '{code}' is not one alpha-2 code or several joined by '|'");
            }
        }
        return choices;
    }

    /// <summary>The code choices of a LOCATION's canonical name (see <see cref="GazetteerEntry.CodeChoices"/>), or null.</summary>
    internal IReadOnlyList<string>? CodeChoicesOf(string canonical) => _codeChoices.GetValueOrDefault(canonical);

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    internal static int Priority(EntityType type) => type switch
    {
        EntityType.Group => 0,
        EntityType.Country => 1,
        EntityType.Nationality => 2,
        _ => 3,
    };

    // "US", "UAE", "DRC", "ISKP": all-caps forms of up to five letters are acronyms and match only as written.
    private static bool IsShortCaps(string form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters is > 0 and <= 5;
    }

    private static string Required(IReadOnlyDictionary<string, string> row, string column, int line) =>
        row[column].Length > 0 ? row[column] : throw new FormatException($"line {line}: empty '{column}'");

    private static void Read(string folder, string file, string[] columns, Action<IReadOnlyDictionary<string, string>, int> add)
    {
        string path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new PipelineConfigException($"gazetteer file '{path}' does not exist");
        }
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        int line = 1;
        try
        {
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord ?? [];
            var missing = columns.Where(c => !header.Contains(c)).ToArray();
            if (missing.Length > 0)
            {
                throw new PipelineConfigException($"{path}: missing column(s) {string.Join(", ", missing)}; expected {string.Join(",", columns)}");
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            while (csv.Read())
            {
                line = csv.Parser.RawRow;
                foreach (string column in columns)
                {
                    row[column] = csv.GetField(column)?.Trim() ?? "";
                }
                if (row[columns[0]].Length == 0)
                {
                    throw new FormatException($"line {line}: empty '{columns[0]}'");
                }
                add(row, line);
            }
        }
        catch (Exception ex) when (ex is FormatException or CsvHelperException)
        {
            throw new PipelineConfigException($"{path}: {ex.Message.Split('\n')[0]}", ex);
        }
    }
}
