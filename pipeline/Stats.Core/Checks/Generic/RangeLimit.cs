using Stats.Core.DataFiles;
using YamlDotNet.RepresentationModel;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A range a percentage cannot leave by its definition (a share lies between 0 and 100%; a decrease of a level that cannot
/// be negative is at most 100%), for the percentages whose nearest word before them is one of <see cref="Words"/>.
/// Loaded from data/reference/limits.yaml.
/// </summary>
public sealed record RangeLimit(string Id, string Label, IReadOnlyList<string> Words, decimal Low, decimal High);

/// <summary>The limits of data/reference/limits.yaml and the words that exempt a percentage from them.</summary>
public sealed record RangeLimits(IReadOnlyList<RangeLimit> Limits, IReadOnlyList<string> Exempt)
{
    public static RangeLimits None { get; } = new([], []);

    /// <summary>
    /// The limit of the word nearest before the end of <paramref name="lead"/>, or null when that word exempts the figure or
    /// there is none. The longer word wins a tie (森林覆盖率 over 覆盖率). A verb of change that reaches a level (比例提高到 94%,
    /// 比重提升至 38%) exempts nothing: the figure after it is the level reached, held to the limit of the word before the verb.
    /// </summary>
    public RangeLimit? Nearest(string lead)
    {
        var bestEnd = -1;
        var bestLength = 0;
        RangeLimit? best = null;
        void Consider(string word, RangeLimit? limit)
        {
            var at = lead.LastIndexOf(word, StringComparison.Ordinal);
            if (at < 0) return;
            var end = at + word.Length;
            if (end > bestEnd || (end == bestEnd && word.Length > bestLength))
                (bestEnd, bestLength, best) = (end, word.Length, limit);
        }
        foreach (var limit in Limits)
            foreach (var word in limit.Words) Consider(word, limit);
        foreach (var word in Exempt)
            if (!Reaches(lead, word)) Consider(word, null);
        return best;
    }

    private static bool Reaches(string lead, string word)
    {
        var at = lead.LastIndexOf(word, StringComparison.Ordinal) + word.Length;
        return at >= word.Length && at < lead.Length && lead[at] is '到' or '至';
    }

    /// <summary>Reads the limits file; errors name the file, line and column.</summary>
    public static RangeLimits Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("limits", "exempt");
        var limits = root.Records("limits", required: true).Select(item =>
        {
            item.AllowOnly("id", "label", "words", "range");
            if (item.Find("range") is not YamlSequenceNode { Children: [YamlScalarNode lowNode, YamlScalarNode highNode] })
                throw item.Error("'range' must hold two numbers: [low, high].");
            var (low, high) = (item.ParseNumber(lowNode), item.ParseNumber(highNode));
            if (low > high) throw item.Error("'range' must run from low to high.");
            return new RangeLimit(item.Text("id"), item.Text("label"), item.Words("words"), low, high);
        }).ToList();
        return new RangeLimits(limits, root.Find("exempt") is null ? [] : root.Words("exempt"));
    }
}
