using Stats.Core.Extraction;
using Stats.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A set of parts that together make up their whole, such as tax and non-tax revenue: a part matches a key when its
/// subject starts with that key. Loaded from data/reference/partitions.yaml.
/// </summary>
public sealed record Partition(string Id, string Label, IReadOnlyList<string> Keys, string Source)
{
    /// <summary>Whether the parts match the keys one to one.</summary>
    public bool Covers(IReadOnlyList<Mention> parts) =>
        parts.Count == Keys.Count &&
        Keys.All(k => parts.Count(p => MatchingKey(p.Subject) == k) == 1);

    // The longest key that prefixes the subject wins, so 非税 beats 税 for 非税收收入.
    private string? MatchingKey(string subject) =>
        Keys.Where(k => subject.StartsWith(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();

    /// <summary>Reads the partitions file; errors name the file, line and column.</summary>
    public static IReadOnlyList<Partition> Parse(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InputException(path, e.Message.ReplaceLineEndings(" "), (int)e.Start.Line, (int)e.Start.Column);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("partitions"), out var list) || list is not YamlSequenceNode items)
            throw new InputException(path, "expected a 'partitions:' list.", 1, 1);
        return items.Children.Select(node => ParseOne(node, path)).ToList();
    }

    private static Partition ParseOne(YamlNode node, string path)
    {
        if (node is not YamlMappingNode map) throw At(node, path, "each partition is a mapping with id, label, parts and source.");
        string Scalar(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s }
                ? s
                : throw At(node, path, $"the partition lacks '{key}'.");
        if (!map.Children.TryGetValue(new YamlScalarNode("parts"), out var partsNode) || partsNode is not YamlSequenceNode parts || parts.Children.Count < 2)
            throw At(node, path, "a partition needs a 'parts' list of at least two keys.");
        return new Partition(Scalar("id"), Scalar("label"),
            parts.Children.Select(p => p is YamlScalarNode { Value: { Length: > 0 } s } ? s : throw At(p, path, "a part key is a non-empty string.")).ToList(),
            Scalar("source"));
    }

    private static InputException At(YamlNode node, string path, string problem) =>
        new(path, problem, (int)node.Start.Line, (int)node.Start.Column);
}
