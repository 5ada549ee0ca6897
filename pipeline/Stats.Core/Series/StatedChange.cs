using Stats.Core.Extraction;

namespace Stats.Core.Series;

/// <summary>A change from the year before a report states for a level (比上年增收1,186万元), with its sign.</summary>
public sealed record StatedChange(Mention Amount, int Sign);
