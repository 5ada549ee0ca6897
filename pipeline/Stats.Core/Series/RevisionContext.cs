namespace Stats.Core.Series;

/// <summary>
/// Why a gap between two reports is a revision statisticians expect rather than an error: budgets are adjusted and restated,
/// flash figures (快报数) give way to final accounts, volumes grow at constant prices, and counts of enterprises above a size
/// compare like with like (可比口径) while their printed totals do not. The reason is written beside a <c>warn</c>.
/// </summary>
public static class RevisionContext
{
    private static readonly string[] ConstantPriceWords = ["生产总值", "增加值", "业务总量", "总产值", "产值"];
    private static readonly string[] ComparableBasisWords = ["规模以上", "规上", "限额以上", "限上"];
    private static readonly string[] FiscalWords = ["预算", "财政", "基金", "税收", "非税", "国有资本"];

    private static bool IsBulletin(PrintedLevel level) =>
        level.Report.Text.Content.Contains("统计公报", StringComparison.Ordinal) || level.Report.Text.Content.Contains("初步", StringComparison.Ordinal);

    public static string Of(LinkKind kind, PrintedLevel earlier, PrintedLevel later, bool comparableBasis)
    {
        var indicator = later.Indicator;
        if (kind is LinkKind.Target || earlier.Role is LevelRole.Target or LevelRole.Budget || later.Role is LevelRole.Budget or LevelRole.AdjustedBudget)
            return "budget restatement";
        if (comparableBasis) return "comparable basis";
        if (ConstantPriceWords.Any(w => indicator.Contains(w, StringComparison.Ordinal))) return "constant prices";
        if (ComparableBasisWords.Any(w => indicator.Contains(w, StringComparison.Ordinal))) return "comparable basis";
        if (earlier.Report.Text.Content.Contains("快报", StringComparison.Ordinal) || later.Report.Text.Content.Contains("快报", StringComparison.Ordinal))
            return "flash figures";
        if (FiscalWords.Any(w => indicator.Contains(w, StringComparison.Ordinal)) ||
            ((indicator.EndsWith("收入", StringComparison.Ordinal) || indicator.EndsWith("支出", StringComparison.Ordinal)) && !indicator.Contains("人均", StringComparison.Ordinal)))
            return "final accounts";
        // A statistical bulletin prints preliminary figures (初步统计); the next year's growth is on the final ones.
        if (IsBulletin(earlier) || IsBulletin(later)) return "preliminary figures";
        return "";
    }
}
