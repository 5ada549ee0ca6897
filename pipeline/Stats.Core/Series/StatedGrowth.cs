using Stats.Core.Extraction;

namespace Stats.Core.Series;

/// <summary>
/// A growth rate a report states for a level (增长8.2%, 减产4.5%), with its sign, and whether the words before it put it on a
/// comparable basis (同口径, 可比价, 扣除…因素) rather than on the printed levels.
/// </summary>
public sealed record StatedGrowth(Mention Rate, int Sign, bool ComparableBasis);
