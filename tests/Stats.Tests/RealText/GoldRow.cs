using System.Globalization;
using Stats.Core.Extraction;

namespace Stats.Tests.RealText;

/// <summary>One row of a hand-written gold list (Fixtures/RealGold/README.md): a span of a real report and what it states.</summary>
public sealed record GoldRow(int Start, int End, string Text, string Kind, string Value, string Unit, string Qualifier)
{
    private static readonly HashSet<string> FigureKinds = ["amount", "quantity", "count", "percent", "permille", "points", "ratio", "number"];

    public bool IsFigure => FigureKinds.Contains(Kind);

    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "RealGold");

    /// <summary>The base names of the real texts that have a gold list.</summary>
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder, "*.tsv").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    public static IReadOnlyList<GoldRow> Load(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name + ".tsv")).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var c = line.Split('\t');
            return new GoldRow(int.Parse(c[0], CultureInfo.InvariantCulture), int.Parse(c[1], CultureInfo.InvariantCulture),
                c[2], c[3], c.Length > 4 ? c[4] : "", c.Length > 5 ? c[5] : "", c.Length > 6 ? c[6] : "");
        }).ToList();

    /// <summary>Whether an extracted figure states what this row states: overlapping spans, the same value and the same unit.</summary>
    public bool IsMatchedBy(Mention m)
    {
        if (m.Span.Start >= End || Start >= m.Span.End) return false;
        if (Kind == "ratio") return m.Kind == MentionKind.Ratio && Normalised(m.Number) == Normalised(Value);
        return m.Value is { } v && decimal.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected)
            && v == expected && UnitName(m.Unit) == UnitName(Unit);
    }

    private static string Normalised(string ratio) => ratio.Replace(" ", "", StringComparison.Ordinal).Replace('︰', ':').Replace('：', ':');

    /// <summary>Spellings of one unit that the gold lists and the extractor may write differently.</summary>
    private static string UnitName(string unit) => unit switch
    {
        "％" => "%",
        "百分点" => "个百分点",
        "千克" or "公斤" => "kg",
        _ => unit,
    };
}
