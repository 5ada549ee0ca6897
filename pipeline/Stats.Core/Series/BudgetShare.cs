using Stats.Core.Extraction;

namespace Stats.Core.Series;

/// <summary>The share of its budget a report says an outcome reached (完成预算的97.3%), and whether of the adjusted budget (为调整预算的102.4%).</summary>
public sealed record BudgetShare(Mention Rate, bool OfAdjustedBudget);
