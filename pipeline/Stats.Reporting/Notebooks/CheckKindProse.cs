namespace Stats.Reporting.Notebooks;

/// <summary>What each family of checks compares and why, in the words a reviewer reads before its findings.</summary>
public static class CheckKindProse
{
    public static (string Title, string Explanation) Of(string kind) => kind switch
    {
        "share" => ("Shares against their parts",
            "A share (占比, 比重, 占 X%) is stated next to a part and its total. The check divides the part's interval by the " +
            "total's interval and asks whether the result can meet the stated share within its printed rounding: a share that no " +
            "values consistent with the printed figures can produce was mis-typed or computed from other figures."),
        "parts" => ("Parts against their total",
            "Parts listed under 其中 cannot exceed their total, and must add up to it within rounding when the breakdown is " +
            "exhaustive (tax plus non-tax revenue is all of the budget revenue). Sums are taken over intervals, so rounding alone " +
            "never fails a check."),
        "growth" => ("Growth coherence",
            "The growth of a total must follow from its parts: each part's base-year value is its level divided by (1 + its growth), " +
            "and the total's growth is the sum of levels over the sum of base-year values. A level with a growth rate must also agree " +
            "with the previous period's level where the report states it. Real growth (按可比价格) cannot be recomputed from nominal levels."),
        "granularity" => ("Granularity (the GRIM test)",
            "A rate stated in the same sentence as whole counts (10个, 30项) must be reachable as k/N with a count as N or k. A rate " +
            "that no such fraction reaches within its printed precision was not computed from those counts."),
        "units" => ("Unit statements",
            "A quantity restated in another unit (X亩（合 Y公顷）, X公顷，折合Y万亩) or compared across periods must convert " +
            "within rounding, using the unit facts of data/reference. A slip of 万 or of 亩 against 公顷 shows up here."),
        "per_unit" => ("Per-unit values",
            "Where one sentence states two figures whose ratio has a known range (grain output over sown area is a yield), the implied " +
            "value is held to the reference bands of data/reference: outside the fail band fails, outside the warn band warns."),
        "ratio" => ("Ratios",
            "A structure such as 三次产业结构 18.0:48.6:33.4 must add up to 100 within rounding, and each term must match its part's " +
            "share where the parts' levels are listed."),
        "plausibility" => ("Plausibility against references",
            "A figure is held to an outside reference with its source (a province's total, a national record): a town cannot produce " +
            "more grain than its province."),
        _ => ($"Checks of kind {kind}",
            "Rules of this kind come from the report's own rules.yaml; each finding's message spells out the arithmetic."),
    };
}
