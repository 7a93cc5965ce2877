using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace IskpNlp.Pipeline;

/// <summary>
/// Reads one mapping of pipeline.yaml strictly: typed getters with defaults, and
/// <see cref="Finish"/> rejects every key nobody asked for, naming file, line and the keys allowed.
/// </summary>
public sealed class OptionsReader
{
    private readonly YamlMappingNode? _mapping;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly long _line;
    private readonly long _column;

    public OptionsReader(YamlMappingNode? mapping, string file, string path, string baseDirectory)
    {
        _mapping = mapping;
        File = file;
        Path = path;
        BaseDirectory = baseDirectory;
        _line = mapping?.Start.Line ?? 1;
        _column = mapping?.Start.Column ?? 1;
    }

    /// <summary>The YAML file, for messages.</summary>
    public string File { get; }

    /// <summary>The dotted key of this mapping, e.g. <c>stages.ner</c>.</summary>
    public string Path { get; }

    public string BaseDirectory { get; }

    public string String(string key, string defaultValue)
    {
        var node = Scalar(key);
        return node is null ? defaultValue : node.Value ?? "";
    }

    public string Choice(string key, string defaultValue, params string[] allowed)
    {
        var node = Scalar(key);
        if (node is null)
        {
            return defaultValue;
        }
        string value = node.Value ?? "";
        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            throw Error(node, $"'{Qualified(key)}' is '{value}'; allowed: {string.Join(", ", allowed)}");
        }
        return value;
    }

    public bool Boolean(string key, bool defaultValue)
    {
        var node = Scalar(key);
        if (node is null)
        {
            return defaultValue;
        }
        return node.Value switch
        {
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => throw Error(node, $"'{Qualified(key)}' must be true or false, not '{node.Value}'"),
        };
    }

    public int Integer(string key, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Scalar(key);
        if (node is null)
        {
            return defaultValue;
        }
        if (!int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            throw Error(node, $"'{Qualified(key)}' must be a whole number, not '{node.Value}'");
        }
        if (value < min || value > max)
        {
            throw Error(node, $"'{Qualified(key)}' is {value}; allowed: {min} to {max}");
        }
        return value;
    }

    public double Number(string key, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        var node = Scalar(key);
        if (node is null)
        {
            return defaultValue;
        }
        if (!double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw Error(node, $"'{Qualified(key)}' must be a number, not '{node.Value}'");
        }
        if (value < min || value > max)
        {
            throw Error(node, $"'{Qualified(key)}' is {value.ToString(CultureInfo.InvariantCulture)}; allowed: {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return value;
    }

    /// <summary>A path relative to the YAML file's folder; with <paramref name="mustExist"/>, a missing file or folder is an error.</summary>
    public string FilePath(string key, string defaultValue, bool mustExist = true)
    {
        var node = Scalar(key);
        string raw = node?.Value ?? defaultValue;
        string full = System.IO.Path.GetFullPath(System.IO.Path.Combine(BaseDirectory, raw));
        if (mustExist && !System.IO.File.Exists(full) && !Directory.Exists(full))
        {
            string where = node is null ? $"{File}:{_line}:{_column}" : $"{File}:{node.Start.Line}:{node.Start.Column}";
            throw new PipelineConfigException($"{where}: '{Qualified(key)}' names '{raw}', which does not exist (looked for {full})");
        }
        return full;
    }

    public IReadOnlyList<string> StringList(string key, IReadOnlyList<string> defaultValue)
    {
        var node = Node(key);
        if (node is null)
        {
            return defaultValue;
        }
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(node, $"'{Qualified(key)}' must be a list");
        }
        var values = new List<string>();
        foreach (var item in sequence)
        {
            if (item is not YamlScalarNode scalar)
            {
                throw Error(item, $"'{Qualified(key)}' must be a list of plain values");
            }
            values.Add(scalar.Value ?? "");
        }
        return values;
    }

    /// <summary>A nested mapping; absent gives a reader over nothing, so every default applies.</summary>
    public OptionsReader Section(string key)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return new OptionsReader(null, File, Qualified(key), BaseDirectory);
        }
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"'{Qualified(key)}' must be a mapping of keys to values");
        }
        return new OptionsReader(mapping, File, Qualified(key), BaseDirectory);
    }

    /// <summary>Whether the mapping holds <paramref name="key"/>; does not count as reading it.</summary>
    public bool Has(string key) => _mapping is not null && _mapping.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>Declares keys as allowed without reading them (for the message of <see cref="Finish"/>).</summary>
    public void Allow(IEnumerable<string> keys) => _known.UnionWith(keys);

    /// <summary>Throws when the mapping holds a key no getter asked for.</summary>
    public void Finish()
    {
        if (_mapping is null)
        {
            return;
        }
        foreach (var (keyNode, _) in _mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_known.Contains(key))
            {
                string allowed = _known.Count == 0 ? "none (this stage has no options)" : string.Join(", ", _known.Order(StringComparer.Ordinal));
                throw Error(keyNode, $"unknown key '{Qualified(key)}'; allowed: {allowed}");
            }
        }
    }

    public PipelineConfigException Error(YamlNode node, string message) =>
        PipelineConfigException.At(File, node.Start.Line, node.Start.Column, message);

    private string Qualified(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private YamlNode? Node(string key)
    {
        _known.Add(key);
        if (_mapping is null)
        {
            return null;
        }
        return _mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    private YamlScalarNode? Scalar(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            throw Error(node, $"'{Qualified(key)}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        }
        return scalar;
    }
}
