namespace Stats.Core.Series;

/// <summary>What a cross-year link confronts.</summary>
public enum LinkKind
{
    /// <summary>A growth rate year t states against the level year t−1 printed (增长8.2% on 1290.7 → 1396.1).</summary>
    Growth,
    /// <summary>A change from the year before year t states (比上年增收1,186万元) against the two printed levels.</summary>
    Change,
    /// <summary>A figure year t prints for an earlier period (上年为…, 年初预算…) against what the earlier report printed.</summary>
    Restated,
    /// <summary>A target year t−1 set against year t's outcome: met or missed is information, never a failure.</summary>
    Target,
    /// <summary>Two printed levels of consecutive years with nothing stated between them: the implied growth, for the plot.</summary>
    Level,
}
