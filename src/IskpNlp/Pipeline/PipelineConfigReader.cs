using IskpNlp.Input;
using IskpNlp.Output;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IskpNlp.Pipeline;

/// <summary>
/// Reads pipeline.yaml strictly: unknown keys, wrong types, unknown stage names and missing files
/// are <see cref="PipelineConfigException"/>s naming file, line and key. Paths are relative to the file.
/// </summary>
public static class PipelineConfigReader
{
    /// <summary>Largest pipeline.yaml read; a config is a page, not a corpus.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Deepest nesting of flow lists and mappings ([ ] and { }) accepted.</summary>
    public const int MaxFlowNesting = 64;

    private static readonly string[] TopLevelKeys = ["pipeline", "stages", "input", "output", "parallelism"];

    /// <param name="path">The YAML file.</param>
    /// <param name="overrides">Dotted keys set over the file's values, e.g. <c>stages.drivers.threshold=0.6</c>.</param>
    /// <exception cref="PipelineConfigException">Anything in the file or its overrides is wrong.</exception>
    public static PipelineConfig Load(string path, IReadOnlyDictionary<string, string>? overrides = null)
    {
        string full = Path.GetFullPath(path);
        if (!System.IO.File.Exists(full))
        {
            throw new PipelineConfigException($"{path}: pipeline file not found");
        }
        if (new FileInfo(full).Length > MaxFileBytes)
        {
            throw new PipelineConfigException($"{path}: pipeline file is larger than {MaxFileBytes} bytes");
        }
        var root = Parse(full, path);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            Override(root, key, value, path);
        }
        return Read(root, path, Path.GetDirectoryName(full)!);
    }

    private static YamlMappingNode Parse(string full, string display)
    {
        string text = System.IO.File.ReadAllText(full);
        CheckFlowNesting(text, display);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw PipelineConfigException.At(display, ex.Start.Line, ex.Start.Column, $"not valid YAML: {Innermost(ex).Message}");
        }
        if (stream.Documents.Count != 1)
        {
            throw new PipelineConfigException($"{display}: expected one YAML document, found {stream.Documents.Count}");
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new PipelineConfigException($"{display}: the top level must be a mapping with keys {string.Join(", ", TopLevelKeys)}");
        }
        RejectAliases(root, display);
        return root;
    }

    private static PipelineConfig Read(YamlMappingNode root, string file, string baseDirectory)
    {
        var reader = new OptionsReader(root, file, "", baseDirectory);
        var names = reader.StringList("pipeline", []);
        if (names.Count == 0)
        {
            throw PipelineConfigException.At(file, root.Start.Line, root.Start.Column, "'pipeline' must list the stages to run, e.g. [tokenizer, sentences, ...]");
        }
        var stagesSection = reader.Section("stages");
        var stages = new List<StageConfig>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (!StageRegistry.TryGet(name, out var factory))
            {
                throw new PipelineConfigException($"{file}: unknown stage '{name}' in 'pipeline'; stages: {string.Join(", ", StageRegistry.Names)}");
            }
            if (!seen.Add(name))
            {
                throw new PipelineConfigException($"{file}: stage '{name}' is listed twice in 'pipeline'");
            }
            stages.Add(new StageConfig(name, factory.ReadOptions(stagesSection.Section(name)), factory));
        }
        // A stage switched off keeps its block; validate it all the same so that switching it back on works.
        foreach (string name in StageRegistry.Names.Where(n => !seen.Contains(n) && stagesSection.Has(n)))
        {
            StageRegistry.TryGet(name, out var factory);
            factory.ReadOptions(stagesSection.Section(name));
        }
        stagesSection.Allow(StageRegistry.Names);
        stagesSection.Finish();
        var input = InputOptions.Read(reader.Section("input"));
        var outputSection = reader.Section("output");
        var output = OutputOptions.Read(outputSection);
        outputSection.Finish();
        int parallelism = reader.Integer("parallelism", 0, 0, 256);
        reader.Finish();
        return new PipelineConfig
        {
            File = file,
            Stages = stages,
            Input = input,
            Output = output,
            Parallelism = parallelism == 0 ? Environment.ProcessorCount : parallelism,
        };
    }

    // Sets one dotted key, creating mappings on the way; the value keeps the override's text.
    private static void Override(YamlMappingNode root, string dottedKey, string value, string file)
    {
        string[] parts = dottedKey.Split('.');
        var mapping = root;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            var key = new YamlScalarNode(parts[i]);
            if (!mapping.Children.TryGetValue(key, out var child) || child is YamlScalarNode { Value: null or "" })
            {
                child = new YamlMappingNode();
                mapping.Children[key] = child;
            }
            if (child is not YamlMappingNode next)
            {
                throw new PipelineConfigException($"{file}: cannot set '{dottedKey}': '{parts[i]}' is not a mapping");
            }
            mapping = next;
        }
        mapping.Children[new YamlScalarNode(parts[^1])] = new YamlScalarNode(value);
    }

    /// <summary>
    /// Rejects [ and { nested deeper than <see cref="MaxFlowNesting"/>: the YAML scanner recurses on
    /// them, and a file of 200,000 brackets overflows the stack, which no handler can catch. The count
    /// skips quoted scalars and comments, and brackets inside a plain scalar (not at a token's start).
    /// </summary>
    private static void CheckFlowNesting(string text, string display)
    {
        int depth = 0, line = 1, column = 0;
        char quote = '\0';
        bool comment = false;
        char previous = '\n';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                comment = false;
            }
            else if (comment)
            {
            }
            else if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                    column++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (AtTokenStart(previous))
            {
                if (c is '[' or '{' && ++depth > MaxFlowNesting)
                {
                    throw PipelineConfigException.At(display, line, column, $"lists and mappings nested more than {MaxFlowNesting} deep; a pipeline file needs a few levels");
                }
                comment = c == '#';
                quote = c is '"' or '\'' ? c : '\0';
            }
            if (quote == '\0' && !comment && c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            previous = c;
        }
    }

    private static bool AtTokenStart(char previous) => previous is ' ' or '\t' or '\n' or '\r' or '[' or '{' or ',' or ':' or '-';

    // Anchors and aliases can multiply a small file into a huge one ("billion laughs"); a config needs neither.
    private static void RejectAliases(YamlNode node, string file)
    {
        if (!node.Anchor.IsEmpty)
        {
            throw PipelineConfigException.At(file, node.Start.Line, node.Start.Column, $"anchors and aliases (&{node.Anchor.Value}) are not allowed in a pipeline file");
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    RejectAliases(key, file);
                    RejectAliases(value, file);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    RejectAliases(item, file);
                }
                break;
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }
        return ex;
    }
}
