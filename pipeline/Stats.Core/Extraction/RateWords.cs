namespace Stats.Core.Extraction;

/// <summary>
/// The words that make a percentage a growth rate (同比增长, 下降: sign −1), a share (占比, 比重, 占) or another rate
/// (覆盖率, 完成率). The keyword nearest before the number decides, except that a change word followed by 至 or 到 (提高至,
/// 下降到) states the new level, not the change: the words before it decide (比重提高至 43.0% is a share).
/// </summary>
internal static class RateWords
{
    private static readonly (string Word, Role Role, int Sign)[] Words =
    [
        ("增长", Role.Growth, 1), ("增幅", Role.Growth, 1), ("增速", Role.Growth, 1), ("提高", Role.Growth, 1),
        ("提升", Role.Growth, 1), ("上升", Role.Growth, 1), ("增加", Role.Growth, 1), ("下降", Role.Growth, -1),
        ("减少", Role.Growth, -1), ("降低", Role.Growth, -1), ("回落", Role.Growth, -1), ("下滑", Role.Growth, -1),
        // A harvest or a revenue told as a change of itself: 增产 3.9%, 减收 2.1%; prices: 上涨, 下跌.
        ("增产", Role.Growth, 1), ("减产", Role.Growth, -1), ("增收", Role.Growth, 1), ("减收", Role.Growth, -1),
        ("上涨", Role.Growth, 1), ("下跌", Role.Growth, -1),
        ("占比", Role.Share, 1), ("比重", Role.Share, 1), ("占", Role.Share, 1),
        ("率", Role.Rate, 1),
    ];

    /// <summary>The role and sign the lead text of a percentage gives it; Level when it has no rate word.</summary>
    public static (Role Role, int Sign) Classify(ReadOnlySpan<char> lead)
    {
        // Each pass shortens the lead, so the loop ends.
        while (true)
        {
            var (role, sign, at, length) = Nearest(lead);
            if (role != Role.Growth || !NamesNewLevel(lead[(at + length)..])) return (role, sign);
            lead = lead[..at];
        }
    }

    private static (Role Role, int Sign, int At, int Length) Nearest(ReadOnlySpan<char> lead)
    {
        var best = -1;
        var result = (Role.Level, 1, 0, 0);
        foreach (var (word, role, sign) in Words)
        {
            var at = lead.LastIndexOf(word, StringComparison.Ordinal);
            // Ties go to the earlier, longer entry (占比 over 占).
            if (at >= 0 && at + word.Length > best)
            {
                best = at + word.Length;
                result = (role, sign, at, word.Length);
            }
        }
        return result;
    }

    /// <summary>Whether the words after a change word make it name the level reached (提高至, 下降到).</summary>
    private static bool NamesNewLevel(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        return after.Length > 0 && after[0] is '至' or '到';
    }
}
