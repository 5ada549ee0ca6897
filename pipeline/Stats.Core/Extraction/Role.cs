namespace Stats.Core.Extraction;

/// <summary>What a figure says about its subject: a level, or a rate that qualifies another figure.</summary>
public enum Role
{
    /// <summary>A level or stock: 1.28亿元, 2.54万头.</summary>
    Level,
    /// <summary>A growth rate of a linked level (同比增长 10.95%; negative for 下降).</summary>
    Growth,
    /// <summary>A share of a total (占比 98.5%, 比重, 占 X%).</summary>
    Share,
    /// <summary>Any other rate (覆盖率, 完成率, 普及率).</summary>
    Rate,
}
