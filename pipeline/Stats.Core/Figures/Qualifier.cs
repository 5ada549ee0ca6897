namespace Stats.Core.Figures;

/// <summary>
/// What a qualifier word printed with a figure says about the true value (see docs/qualifiers.md).
/// v is the printed value, step the unit of its last significant printed digit.
/// </summary>
public enum Qualifier
{
    /// <summary>余, 多, 逾: more than v but below the next step of the last significant digit: [v, v + step).</summary>
    MoreThan,
    /// <summary>近, 将近, 接近: nearly v, from below, by at most a tenth: [0.9v, v].</summary>
    Nearly,
    /// <summary>约, 左右, 大约, 上下: about v, within ±10%, and never narrower than the printed rounding.</summary>
    About,
    /// <summary>以上, 至少, 不少于, 不低于: v or more: [v, +inf) (以上 includes the number, as in Civil Code art. 1259).</summary>
    AtLeast,
    /// <summary>突破, 超过, 超, 高于: strictly more than v: (v, +inf).</summary>
    Over,
    /// <summary>以下, 以内, 不超过, 最多, 不高于: v or less: (-inf, v] (以下, 以内 include the number).</summary>
    AtMost,
    /// <summary>不足, 不到, 低于, 未满: strictly less than v: (-inf, v).</summary>
    Under,
}
