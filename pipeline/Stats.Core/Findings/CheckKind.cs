namespace Stats.Core.Findings;

/// <summary>
/// A family of checks: the name findings carry in their <c>kind</c>, the title and prose a reviewer reads before its findings
/// (HTML report, notebook), and the lead sentence of each finding by outcome. <see cref="All"/> is the one registry that
/// checks, diagnosis, the report, the notebook and the plots share; a report's rules.yaml may name kinds of its own.
/// </summary>
public sealed record CheckKind(string Name, string Title, string Prose, string? FailLead = null, string? HoldLead = null)
{
    public static readonly CheckKind Rule = new("rule", "The report's own rules",
        "Rules of this kind come from the report's own rules.yaml; each finding's message spells out the arithmetic.");

    public static readonly CheckKind Share = new("share", "Shares against their parts",
        "A share (占比, 比重, 占 X%) is stated next to a part and its total. The check divides the part's interval by the " +
        "total's interval and asks whether the result can meet the stated share within its printed rounding: a share that no " +
        "values consistent with the printed figures can produce was mis-typed or computed from other figures.",
        "The stated share (占比) cannot be the part divided by the total, even allowing for the rounding of every printed figure.",
        "The stated share (占比) agrees with the part divided by the total, within the rounding of the printed figures.");

    public static readonly CheckKind Parts = new("parts", "Parts against their total",
        "Parts listed under 其中 cannot exceed their total, and must add up to it within rounding when the breakdown is " +
        "exhaustive (tax plus non-tax revenue is all of the budget revenue). Sums are taken over intervals, so rounding alone " +
        "never fails a check.",
        "The parts listed under 其中 do not fit their total, even allowing for rounding.",
        "The parts listed under 其中 fit within their total, allowing for rounding.");

    public static readonly CheckKind Growth = new("growth", "Growth coherence",
        "The growth of a total must follow from its parts: each part's base-year value is its level divided by (1 + its growth), " +
        "and the total's growth is the sum of levels over the sum of base-year values. A level with a growth rate must also agree " +
        "with the previous period's level where the report states it. Real growth (按可比价格) cannot be recomputed from nominal levels.",
        "The stated growth rate (同比增长) does not follow from the levels it describes, even allowing for rounding.",
        "The stated growth rate (同比增长) is consistent with the levels it describes.");

    public static readonly CheckKind Change = new("change", "Changes from one level to another",
        "A statement of two levels of one indicator and the rate between them (由 A 增长到 B，增长 r%) must agree: r is B / A − 1 " +
        "within the rounding of all three figures. A slip in any of the three (a typo in the rate, a level in another unit) shows here.",
        "The stated rate does not follow from the two levels it connects, even allowing for the rounding of every printed figure.",
        "The stated rate follows from the two levels it connects, within rounding.");

    public static readonly CheckKind Granularity = new("granularity", "Granularity (the GRIM test)",
        "A rate stated in the same sentence as whole counts (10个, 30项) must be reachable as k/N with a count as N or k. A rate " +
        "that no such fraction reaches within its printed precision was not computed from those counts.",
        "The rate cannot be a whole number of cases out of the counts the sentence gives (the GRIM test).",
        "The rate can be a whole number of cases out of the counts the sentence gives.");

    public static readonly CheckKind Units = new("units", "Unit statements",
        "A quantity restated in another unit (X亩（合 Y公顷）, X公顷，折合Y万亩) or compared across periods must convert " +
        "within rounding, using the unit facts of data/reference. A slip of 万 or of 亩 against 公顷 shows up here.");

    public static readonly CheckKind PerUnit = new("per_unit", "Per-unit values",
        "Where one sentence states two figures whose ratio has a known range (grain output over sown area is a yield), the implied " +
        "value is held to the reference bands of data/reference: outside the fail band fails, outside the warn band warns.");

    public static readonly CheckKind Ratio = new("ratio", "Ratios",
        "A structure such as 三次产业结构 18.0:48.6:33.4 must add up to 100 within rounding, and each term must match its part's " +
        "share where the parts' levels are listed.");

    public static readonly CheckKind Plausibility = new("plausibility", "Plausibility against references",
        "A figure is held to an outside reference with its source (a province's total, a national record): a town cannot produce " +
        "more grain than its province.");

    public static readonly CheckKind Table = new("table", "Table rows against their formulas",
        "A table whose header names its columns by letters with formulas (A=B+C, D=E+F) states how its columns add up; every " +
        "row below it must satisfy each formula within the rounding of its cells.",
        "A row of the table breaks its header's column formula, even allowing for the rounding of every cell.",
        "The row satisfies its header's column formula within the rounding of its cells.");

    public static readonly CheckKind Increment = new("increment", "Levels against their change from the previous period",
        "A level stated with its change from the previous period (比上年增加 D) and a rate (增长 r%) or the previous level itself " +
        "(比上年同期 A 增收 D) must agree: the previous level is the level minus the change, and the rate is the change over the " +
        "previous level, within the rounding of every printed figure.",
        "The level, its stated change and its rate (or previous level) do not agree, even allowing for rounding.",
        "The level, its stated change and its rate (or previous level) agree within rounding.");

    public static readonly CheckKind Balance = new("balance", "Budget totals and balances",
        "Budget reports add their items up in words: a level plus the items it adds (加上…) is the stated 收入总计 or 支出总计, a " +
        "total less what it deducts (扣除…) is the level that follows, and income less expenditure (收支相抵) is the stated " +
        "balance (结余). Sums are taken over intervals, so rounding alone never fails a check.",
        "The items do not add up to the stated total or balance, even allowing for rounding.",
        "The items add up to the stated total or balance within rounding.");

    public static readonly CheckKind BudgetShare = new("budget_share", "Completion of the budget",
        "A level stated as a share of its budget (完成年初预算 B 的 p%) with the budget printed beside it must give p = level / B " +
        "within the rounding of the three figures.",
        "The stated completion rate is not the level divided by the stated budget, even allowing for rounding.",
        "The stated completion rate is the level divided by the stated budget, within rounding.");

    public static readonly CheckKind ShareSum = new("share_sum", "Shares of one whole add up to 100",
        "Shares that partition one whole (占比分别为 a、b 和 c; the shares of the first, second and third industries; the three " +
        "industries' contribution rates) must add up to 100 within their rounding, and contributions in points (拉动 x 个百分点) " +
        "to the whole's growth.",
        "The shares of one whole do not add up to 100 (or the points to the whole's growth), even allowing for rounding.",
        "The shares of one whole add up to 100 (or the points to the whole's growth) within rounding.");

    public static readonly CheckKind Compound = new("compound", "Yearly average growth between two dated levels",
        "A yearly average rate stated with the levels of two years (从2020年的 A 增长到2024年的 B，年均增长 r%) must compound " +
        "to their ratio: (1 + r)^n meets B / A over the n years between them, within the rounding of the three figures.",
        "The yearly average rate does not compound to the change between the two dated levels, even allowing for rounding.",
        "The yearly average rate compounds to the change between the two dated levels within rounding.");

    public static readonly CheckKind Limit = new("limit", "Limits a figure's definition sets",
        "Some percentages cannot leave a range by their definition: a share (比重, 占比) or a coverage rate (覆盖率, 达标率) lies " +
        "between 0 and 100%, and a level that cannot be negative falls (下降) by at most 100%. The ranges and the words that " +
        "name them are in data/reference/limits.yaml; a percentage that may exceed 100 (完成预算的 112%, 贡献率) is exempt.",
        "The figure lies outside the range its definition allows, even allowing for its rounding.",
        "The figure lies within the range its definition allows.");

    public static readonly CheckKind Restatement = new("restatement", "One indicator stated twice",
        "A report often states a figure twice, in its summary and again in its section. Two statements of one indicator (the " +
        "same name, unit, period and basis, each heading its sentence) must agree within rounding. Reports also repeat a name " +
        "for another scope (a district after the city) without repeating the scope, so only statements that can be one " +
        "figure are judged: close values or the same digits at another power of ten. A disagreement is a warning quoting both.",
        "The two statements of one indicator do not agree within rounding: one of them is likely mistyped or in another unit.",
        "The two statements of one indicator agree within rounding.");

    public static readonly CheckKind Order = new("order", "Figures whose order the words fix",
        "Some statements fix which of two figures is larger without saying by how much. An addition to a stock that cannot be " +
        "negative is at most the stock it brings about (新增 X 家、总量达 Y 家), and a move from one level to another goes the " +
        "way its verb says (从 A 提高到 B, 由 A 精简为 B); a level that doubled (实现翻一番) is at least about twice where it started " +
        "(a tenth short warns). These are bounds, not equalities: they catch a figure in the wrong " +
        "unit or with lost digits, not a small slip.",
        "The two figures stand in the wrong order for what the words say, even allowing for rounding.",
        "The two figures stand in the order the words say.");

    public static readonly CheckKind PerCapita = new("per_capita", "Per-capita amounts against their total and population",
        "A per-capita amount is its total over the population: per-capita GDP (人均地区生产总值) is GDP over the year's average " +
        "resident population, or the registered population where the report says so (按户籍人口计算). Reports print the " +
        "year-end population, so the quotient is held loosely: within 5% passes, within a factor of two warns (another " +
        "population or period), and beyond that it fails, as only a figure in the wrong unit or with lost digits explains it.",
        "The per-capita amount is far from its total over the population, further than any population basis explains.",
        "The per-capita amount is its total over the population, within what the population's change in a year allows.");

    public static readonly CheckKind Identity = new("identity", "Rates tied by their definitions",
        "Some rates are defined from one another. A bulletin's vital rates are the year's births and deaths per thousand of " +
        "the average population, and the natural growth rate (自然增长率) is the birth rate less the death rate; so the three " +
        "must agree within rounding, their changes in 千分点 too, and births over the birth rate and deaths over the death " +
        "rate must give one average population.",
        "The rates do not agree with the definition that ties them, even allowing for rounding.",
        "The rates agree with the definition that ties them, within rounding.");

    /// <summary>Every kind the project knows, in the order their sections are listed.</summary>
    public static IReadOnlyList<CheckKind> All { get; } = [Rule, Share, Parts, Growth, Change, Granularity, Units, PerUnit, Ratio, Plausibility, Table, Increment, Balance, BudgetShare, ShareSum, Compound, Limit, Restatement, Order, PerCapita, Identity];

    /// <summary>The kind of that name; a kind a report's rules.yaml names for itself gets a title of its own and the rules' prose.</summary>
    public static CheckKind Of(string name) =>
        All.FirstOrDefault(k => k.Name == name) ?? Rule with { Name = name, Title = $"Checks of kind {name}" };

    /// <summary>Whether a finding of this kind compares a value with a band of plausible values (per unit, or against a reference).</summary>
    public bool IsBand => this == PerUnit || this == Plausibility;

    /// <summary>The plain-language sentence placed before a finding's own message.</summary>
    public string Lead(CheckStatus status) => status switch
    {
        CheckStatus.Error => "The check itself broke while evaluating these figures; this says nothing about the figures yet.",
        CheckStatus.NotEvaluable => "These figures cannot be checked against each other as printed, so no verdict is given.",
        CheckStatus.Fail => FailLead ?? "The figures break this rule for every value their printed rounding allows.",
        CheckStatus.Warn when FailLead is not null => HoldLead!,
        CheckStatus.Warn => "The figures satisfy the rule but fall outside its warning band; worth a second look.",
        _ => HoldLead ?? "The figures satisfy this rule.",
    };
}
