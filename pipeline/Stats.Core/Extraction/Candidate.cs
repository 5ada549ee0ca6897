namespace Stats.Core.Extraction;

/// <summary>A mention found by the grammar before sentence, section and link context is attached.</summary>
internal sealed record Candidate(int Start, int End, MentionKind Kind)
{
    public decimal? Value { get; init; }

    public string Number { get; init; } = "";

    public string Unit { get; init; } = "";

    public decimal Multiplier { get; init; } = 1m;

    public Dimension Dimension { get; init; } = Dimension.None;

    public string Qualifier { get; init; } = "";

    public int Decimals { get; init; }

    /// <summary>The unit is not printed with the number but read from the words before it (预算收入236万 is 元).</summary>
    public bool UnitInferred { get; init; }

    /// <summary>A table cell under a header that names growth (比上年增长(%)): a growth rate of its row's level.</summary>
    public bool GrowthColumn { get; init; }

    /// <summary>A table cell under a header that names shares (比重(%)): a share of its row's level.</summary>
    public bool ShareColumn { get; init; }
}
