namespace Stats.Synthetic;

/// <summary>The unit a drafter writes by mistake for another of its family (facts.md, "Units": 万/亿, 吨/万吨, 亩/公顷).</summary>
internal static class UnitSlip
{
    private static readonly Dictionary<string, string> Slips = new()
    {
        ["吨"] = "万吨",
        ["万吨"] = "吨",
        ["亩"] = "公顷",
        ["公顷"] = "亩",
        ["万亩"] = "万公顷",
        ["万公顷"] = "万亩",
        ["万元"] = "亿元",
        ["亿元"] = "万元",
    };

    public static DraftFigure? Apply(DraftFigure figure) =>
        Slips.TryGetValue(figure.Unit, out var slipped) ? figure with { Unit = slipped } : null;
}
