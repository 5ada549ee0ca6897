namespace Stats.Synthetic;

/// <summary>The kinds of error the generator plants, each one a slip a drafter or typesetter really makes.</summary>
public enum PlantedErrorKind
{
    /// <summary>The right numeral under a wrong unit of the same family: 万吨 for 吨, 公顷 for 亩, 亿元 for 万元 and back.</summary>
    UnitSlip,
    /// <summary>One digit of a part or total substituted or two adjacent digits transposed.</summary>
    DigitTypo,
    /// <summary>A stated share that is not part / total.</summary>
    ShareMismatch,
    /// <summary>A rate stated with its integer counts that no k/N reaches within its printed precision.</summary>
    UnreachableRate,
    /// <summary>A total's growth that does not follow from its exhaustive parts' levels and growth rates.</summary>
    IncoherentGrowth,
}
