using Stats.Core.DataFiles;
using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A set of parts that together make up their whole, such as tax and non-tax revenue: a part matches a key when its
/// subject starts with that key. Loaded from data/reference/partitions.yaml.
/// </summary>
public sealed record Partition(string Id, string Label, IReadOnlyList<string> Keys, string Source)
{
    /// <summary>
    /// For a family rather than a partition: the words that name its whole (粮食, 肉类). A family lists what the whole can
    /// hold, not what makes it up: a list under such a total ends before an item outside the family (油料 under 粮食), and
    /// the family never makes a list exhaustive.
    /// </summary>
    public IReadOnlyList<string> Whole { get; init; } = [];

    public bool IsFamily => Whole.Count > 0;

    /// <summary>
    /// For a partition: the words that name the whole it makes up (生产总值, 粮食), so that the whole and its parts are found
    /// wherever a report states them, not only under 其中. Empty when the whole has no name of its own.
    /// </summary>
    public IReadOnlyList<string> Total { get; init; } = [];

    /// <summary>Whether the parts match the keys one to one (never for a family).</summary>
    public bool Covers(IReadOnlyList<Mention> parts) =>
        !IsFamily && parts.Count == Keys.Count &&
        Keys.All(k => parts.Count(p => KeyOf(p.Subject) == k) == 1);

    /// <summary>The key a subject starts with, or null; the longest key wins, so 非税 beats 税 for 非税收收入.</summary>
    public string? KeyOf(string subject)
    {
        // A table cell's subject may keep the spaced-out words of a PDF (工 业).
        var words = subject.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        // The first of the longest keys, in a loop: every check asks it of every part, and a diagnosis re-runs the checks.
        string? longest = null;
        foreach (var k in Keys)
            if (words.StartsWith(k, StringComparison.Ordinal) && (longest is null || k.Length > longest.Length)) longest = k;
        return longest;
    }

    /// <summary>Reads the partitions file; errors name the file, line and column.</summary>
    public static IReadOnlyList<Partition> Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("partitions");
        return root.Records("partitions", required: true).Select(item =>
        {
            item.AllowOnly("id", "label", "parts", "source", "whole", "total");
            var keys = item.Words("parts");
            if (keys.Count < 2) throw item.Error("A partition needs a 'parts' list of at least two keys.");
            return new Partition(item.Text("id"), item.Text("label"), keys, item.Text("source"))
            {
                Whole = item.Find("whole") is null ? [] : item.Words("whole"),
                Total = item.Find("total") is null ? [] : item.Words("total"),
            };
        }).ToList();
    }
}
