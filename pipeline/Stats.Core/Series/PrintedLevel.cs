using Stats.Core.Extraction;

namespace Stats.Core.Series;

/// <summary>
/// A level one report of a series prints for an indicator and period, with what it states beside it: growth rates, a change
/// from the year before, and the share of the budget it reached (完成预算的97.3%, 为预算的100%).
/// </summary>
public sealed record PrintedLevel(
    SeriesReport Report,
    string Indicator,
    int Period,
    LevelRole Role,
    Mention Level,
    IReadOnlyList<StatedGrowth> Growths,
    StatedChange? Change,
    BudgetShare? BudgetShare)
{
    /// <summary>The sentence the level is printed in, as the report prints it.</summary>
    public string Quote => Report.Text.Content[Level.Sentence.Start..Level.Sentence.End];
}
