using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Stats.Core.DataFiles;

/// <summary>
/// Limits a data file must keep before YamlDotNet builds its model: size, nesting, and what its aliases expand to. An alias
/// bomb (each anchor repeating the one before) is small as text but exponential once expanded, and as a mapping key it is
/// hashed node by node; it is refused from the event stream, in time linear in the text.
/// </summary>
internal static class YamlBounds
{
    /// <summary>The most characters a data file may hold (inclusive).</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>The most levels of nested mappings and sequences (inclusive).</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes the document may have with every alias expanded (inclusive).</summary>
    public const long MaxExpandedNodes = 1_000_000;

    public static void Check(string yaml, string path)
    {
        if (yaml.Length > MaxCharacters)
            throw new DataFileException(path, 1, 1, $"The file has {yaml.Length.ToString(CultureInfo.InvariantCulture)} characters; at most {MaxCharacters.ToString(CultureInfo.InvariantCulture)} are read.");
        var parser = new Parser(new StringReader(yaml));
        // One frame per open collection: its anchor, the expanded nodes under it so far, and whether a key comes next.
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var isKey = open.TryPeek(out var parent) && parent.IsMapping && parent.KeyNext;
            if (isKey && current is MappingStart or SequenceStart or AnchorAlias)
                throw Error(path, current, "A mapping key must be a plain value, not a list, a mapping or an alias.");
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (open.Count >= MaxDepth)
                        throw Error(path, current, $"The file nests deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels.");
                    open.Push(new Frame(((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, current is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    var done = open.Pop();
                    total++;
                    Completed(done.Anchor, done.Nodes + 1);
                    break;
                case Scalar scalar:
                    total++;
                    Completed(scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var size))
                        throw Error(path, current, $"The alias '*{alias.Value.Value}' names no anchor before it.");
                    total += size;
                    Completed(null, size);
                    if (total > MaxExpandedNodes)
                        throw Error(path, current, $"The aliases expand to more than {MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} values.");
                    break;
            }
        }

        void Completed(string? anchor, long nodes)
        {
            if (anchor is not null) anchors[anchor] = nodes;
            if (open.TryPop(out var parent)) open.Push(parent with { Nodes = parent.Nodes + nodes, KeyNext = parent.IsMapping && !parent.KeyNext });
        }
    }

    private static DataFileException Error(string path, ParsingEvent at, string reason) =>
        new(path, Math.Max(1, (int)at.Start.Line), Math.Max(1, (int)at.Start.Column), reason);

    private sealed record Frame(string? Anchor, bool IsMapping)
    {
        public long Nodes { get; init; }

        public bool KeyNext { get; init; } = true;
    }
}
