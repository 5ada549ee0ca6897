using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Stats.Core.DataFiles;

/// <summary>
/// One mapping of a data file read through YamlDotNet's representation model, so every value keeps its
/// line and column; no tag ever selects a .NET type. Unknown keys are errors, so that typos do not pass silently.
/// </summary>
public sealed class YamlRecord
{
    private readonly YamlMappingNode node;

    private YamlRecord(YamlMappingNode node, string path)
    {
        this.node = node;
        Path = path;
    }

    public string Path { get; }

    public Mark Start => node.Start;

    /// <summary>Parses a whole file whose top level is a mapping, within <see cref="YamlBounds"/>' limits of size, nesting and aliases.</summary>
    public static YamlRecord Load(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        var stream = new YamlStream();
        try
        {
            YamlBounds.Check(yaml, path);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DataFileException(path, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), OneLine(e.Message));
        }
        if (stream.Documents.Count != 1) throw new DataFileException(path, 1, 1, "Expected exactly one YAML document.");
        var root = stream.Documents[0].RootNode;
        return root is YamlMappingNode mapping ? new YamlRecord(mapping, path) : throw Error(path, root, "The top level must be a mapping.");
    }

    /// <summary>Fails unless every key is one of <paramref name="allowed"/>.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                throw Error(Path, key, $"Unknown key '{name}'; expected one of: {string.Join(", ", allowed)}.");
        }
    }

    public YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlScalarNode Scalar(string key) => OptionalScalar(key) ?? throw Error(Path, node, $"Missing key '{key}'.");

    public YamlScalarNode? OptionalScalar(string key) => Find(key) switch
    {
        null => null,
        YamlScalarNode s => s,
        var other => throw Error(Path, other, $"'{key}' must be a single value."),
    };

    public string Text(string key)
    {
        var scalar = Scalar(key);
        return string.IsNullOrWhiteSpace(scalar.Value) ? throw Error(Path, scalar, $"'{key}' must not be empty.") : scalar.Value;
    }

    public string? OptionalText(string key) => OptionalScalar(key)?.Value;

    /// <summary>A decimal written in invariant culture (e.g. 3900.5).</summary>
    public decimal Number(string key) => ParseNumber(Scalar(key));

    public decimal ParseNumber(YamlScalarNode scalar) =>
        decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(Path, scalar, $"'{scalar.Value}' is not a decimal number.");

    /// <summary>A list of strings written either as one scalar or as a sequence of scalars.</summary>
    public IReadOnlyList<string> Words(string key) => Find(key) switch
    {
        null => [],
        YamlScalarNode s => string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value],
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
            ? s.Value : throw Error(Path, c, $"Every item of '{key}' must be a non-empty value.")).ToList(),
        var other => throw Error(Path, other, $"'{key}' must be a value or a list of values."),
    };

    /// <summary>The mappings of a list under <paramref name="key"/>; an absent key is an empty list.</summary>
    /// <summary>A nested mapping.</summary>
    public YamlRecord Record(string key) => Find(key) switch
    {
        null => throw Error(Path, node, $"Missing mapping '{key}'."),
        YamlMappingNode m => new YamlRecord(m, Path),
        var other => throw Error(Path, other, $"'{key}' must be a mapping."),
    };

    public IReadOnlyList<YamlRecord> Records(string key, bool required = false)
    {
        switch (Find(key))
        {
            case null when required: throw Error(Path, node, $"Missing list '{key}'.");
            case null: return [];
            case YamlScalarNode { Value: null or "" } when !required: return [];
            case YamlSequenceNode seq:
                return seq.Children.Select(c => c is YamlMappingNode m ? new YamlRecord(m, Path) : throw Error(Path, c, $"Every item of '{key}' must be a mapping.")).ToList();
            case var other: throw Error(Path, other, $"'{key}' must be a list.");
        }
    }

    public DataFileException Error(YamlNode at, string reason) => Error(Path, at, reason);

    public DataFileException Error(string reason) => Error(Path, node, reason);

    public static DataFileException Error(string path, YamlNode at, string reason) =>
        new(path, Math.Max(1, (int)at.Start.Line), Math.Max(1, (int)at.Start.Column), reason);

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
