using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Rules;
using Stats.Core.Text;

namespace Stats.Core.Checks;

/// <summary>
/// Confronts a report's figures with its own rules and with the generic checks derived from the text, composed once and run
/// under any <see cref="Scenario"/>. A generic check that throws becomes one <c>error</c> finding; the others go on.
/// </summary>
public sealed class Checker
{
    private readonly ReportText report;
    private readonly IReadOnlyList<Mention> mentions;
    private readonly IReadOnlyList<IGenericCheck> generic;
    private readonly RuleEngine? rules;
    private readonly IReadOnlyDictionary<string, Figure> catalogue;

    public Checker(ReportText report, IReadOnlyList<Mention> mentions, IReadOnlyList<IGenericCheck> generic,
        RuleEngine? rules = null, IReadOnlyDictionary<string, Figure>? catalogue = null)
    {
        this.report = report;
        this.mentions = mentions;
        this.generic = generic;
        this.rules = rules;
        this.catalogue = catalogue ?? new Dictionary<string, Figure>();
    }

    public IReadOnlyList<Mention> Mentions => mentions;

    /// <summary>The interval a printed figure stands for: its rounding widened by its qualifier.</summary>
    public static Interval IntervalOf(Mention m) => Figure.FromMention(m).Value;

    public IReadOnlyList<Finding> Check() => Check(Scenario.AsPrinted);

    /// <summary>
    /// The finding of one rule under a scenario, running only what produces it (the report's rules, or the one generic check
    /// of its kind): a cheap first test before a full <see cref="Check(Scenario)"/>. Null when the rule no longer applies.
    /// </summary>
    public Finding? Recheck(Finding original, Scenario scenario)
    {
        if (!original.Origin.IsGeneric)
            return rules is null ? null : CheckRules(scenario).FirstOrDefault(f => f.Rule == original.Rule);
        // Several checks may share a kind (parts under 其中, items after 包括, 分产业看 breakdowns): the one that wrote the rule answers.
        var input = InputFor(scenario);
        foreach (var check in generic.Where(c => c.Kind == original.Kind))
        {
            if (FindingOf(check, input, original.Rule, out var failed) is { } found) return found;
            if (failed) return null;
        }
        return null;
    }

    /// <summary>
    /// The finding of <paramref name="rule"/> that <paramref name="check"/> gives on <paramref name="input"/>, the check run
    /// only as far as that finding; none, and <paramref name="failed"/>, when the check throws before it.
    /// </summary>
    internal static Finding? FindingOf(IGenericCheck check, CheckInput input, string rule, out bool failed)
    {
        failed = false;
        try
        {
            foreach (var finding in check.Run(input))
                if (finding.Rule == rule) return finding;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed = true;
        }
        return null;
    }

    public IReadOnlyList<Finding> Check(Scenario scenario)
    {
        var findings = new List<Finding>();
        if (rules is not null) findings.AddRange(CheckRules(scenario));
        var input = InputFor(scenario);
        foreach (var check in generic)
        {
            try
            {
                findings.AddRange(check.Run(input).ToList());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(GenericFinding.Broken(check.Kind, e));
            }
        }
        return FindingMerge.Merge(findings);
    }

    private CheckInput? asPrinted;

    /// <summary>What the generic checks read of the figures as printed, built once (its breakdowns and levels are cached in it).</summary>
    public CheckInput AsPrintedInput => asPrinted ??= new CheckInput(report, mentions, IntervalOf);

    private CheckInput InputFor(Scenario scenario)
    {
        if (ReferenceEquals(scenario, Scenario.AsPrinted)) return AsPrintedInput;
        return new CheckInput(report, scenario.Apply(mentions), IntervalOf, scenario.RealGrowth, scenario.NotExhaustive);
    }

    private IEnumerable<Finding> CheckRules(Scenario scenario) =>
        rules!.Evaluate(scenario.Apply(catalogue)).Select(scenario.Qualify);
}
