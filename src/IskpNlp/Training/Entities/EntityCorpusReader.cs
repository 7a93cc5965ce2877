using System.Text;
using IskpNlp.Documents;
using IskpNlp.Entities;

namespace IskpNlp.Training.Entities;

/// <summary>
/// Reads entity training files: one sentence per line with its names inline as
/// <c>[[surface text|TYPE]]</c> (TYPE one of GROUP, COUNTRY, LOCATION, NATIONALITY); lines starting
/// with <c>#</c> are comments and blank lines are skipped. The first malformed line stops the read
/// with its file, line and column.
/// </summary>
public static class EntityCorpusReader
{
    /// <summary>Training files in a data folder end so.</summary>
    public const string TrainSuffix = ".train.txt";

    /// <summary>Held-out files in a data folder end so.</summary>
    public const string HeldOutSuffix = ".heldout.txt";

    /// <summary>Reads every file of <paramref name="folder"/> ending in <paramref name="suffix"/>, in ordinal name order.</summary>
    /// <exception cref="FormatException">A line is malformed (file, line, column and what is wrong).</exception>
    public static IReadOnlyList<EntitySentence> ReadFolder(string folder, string suffix) =>
        Files(folder, suffix).SelectMany(Read).ToList();

    /// <summary>The files of <paramref name="folder"/> ending in <paramref name="suffix"/>, in ordinal name order.</summary>
    public static IReadOnlyList<string> Files(string folder, string suffix) =>
        Directory.GetFiles(folder, "*" + suffix).Order(StringComparer.Ordinal).ToList();

    /// <exception cref="FormatException">A line is malformed (file, line, column and what is wrong).</exception>
    public static IReadOnlyList<EntitySentence> Read(string path)
    {
        var sentences = new List<EntitySentence>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            sentences.Add(Parse(trimmed, path, number));
        }
        return sentences;
    }

    /// <summary>Parses one annotated line.</summary>
    /// <exception cref="FormatException">The markup is malformed.</exception>
    public static EntitySentence Parse(string line, string file, int number)
    {
        var text = new StringBuilder(line.Length);
        var names = new List<EntityAnnotation>();
        int i = 0;
        while (i < line.Length)
        {
            if (string.CompareOrdinal(line, i, "]]", 0, 2) == 0)
            {
                throw Error(file, number, i, "']]' without an opening '[['");
            }
            if (string.CompareOrdinal(line, i, "[[", 0, 2) != 0)
            {
                text.Append(line[i++]);
                continue;
            }
            int close = line.IndexOf("]]", i + 2, StringComparison.Ordinal);
            int nested = line.IndexOf("[[", i + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw Error(file, number, i, "'[[' is never closed with ']]'");
            }
            if (nested >= 0 && nested < close)
            {
                throw Error(file, number, nested, "'[[' inside another name; names do not nest");
            }
            string inner = line[(i + 2)..close];
            int bar = inner.LastIndexOf('|');
            if (bar < 0)
            {
                throw Error(file, number, i, $"'[[{inner}]]' has no '|TYPE'; write [[surface text|TYPE]]");
            }
            string surface = inner[..bar];
            string typeName = inner[(bar + 1)..];
            if (surface.Trim().Length == 0)
            {
                throw Error(file, number, i, $"'[[{inner}]]' has an empty surface text");
            }
            if (surface.Trim().Length != surface.Length)
            {
                throw Error(file, number, i, $"'[[{inner}]]': the surface text starts or ends with white space");
            }
            if (!Labels.TryParseEntityType(typeName, out var type) || !BilouLabels.IsTaggable(type) || typeName != typeName.Trim().ToUpperInvariant())
            {
                throw Error(file, number, i, $"'[[{inner}]]' has type '{typeName}'; allowed: GROUP, COUNTRY, LOCATION, NATIONALITY");
            }
            names.Add(new EntityAnnotation(new TextSpan(text.Length, text.Length + surface.Length), type));
            text.Append(surface);
            i = close + 2;
        }
        return new EntitySentence(text.ToString(), names, file, number);
    }

    private static FormatException Error(string file, int line, int index, string message) =>
        new($"{file}:{line}:{index + 1}: {message}");
}
