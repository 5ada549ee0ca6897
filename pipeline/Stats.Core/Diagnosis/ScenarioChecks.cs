using Stats.Core.Checks;
using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Rules;
using Stats.Core.Text;

namespace Stats.Core.Diagnosis;

/// <summary>
/// A report's checks run under the scenarios of a diagnosis, re-running only what a scenario can change: a rule of the
/// report when it changes a figure the rule reads, and a generic check when it touches a figure that the check's findings
/// read as printed. Every other check keeps the findings of the figures as printed, found once. The findings are those of
/// <see cref="Checker.Check(Scenario)"/>, in the same order and merged the same way; a diagnosis tries a thousand readings
/// of a few figures, and re-running twenty checks for each was nearly all of its time.
/// </summary>
public sealed class ScenarioChecks
{
    private readonly ReportText report;
    private readonly IReadOnlyList<IGenericCheck> generic;
    private readonly RuleEngine? rules;
    private readonly IReadOnlyDictionary<string, Figure> catalogue;
    private readonly IReadOnlyList<Finding> rulesAsPrinted;
    private readonly IReadOnlyList<Finding>[] genericAsPrinted;
    // Null where the check threw on the figures as printed: it is then run again under every scenario, as the checker does.
    private readonly HashSet<int>?[] involved;
    // The input as printed, which no check runs again: a scenario's input reuses what it read of the text.
    private readonly CheckInput asPrinted;

    public ScenarioChecks(ReportText report, IReadOnlyList<Mention> mentions, IReadOnlyList<IGenericCheck> generic,
        RuleEngine? rules = null, IReadOnlyDictionary<string, Figure>? catalogue = null)
    {
        this.report = report;
        Mentions = mentions;
        this.generic = generic;
        this.rules = rules;
        this.catalogue = catalogue ?? new Dictionary<string, Figure>();
        rulesAsPrinted = rules?.Evaluate(this.catalogue) ?? [];
        var input = asPrinted = new CheckInput(report, mentions, Checker.IntervalOf);
        genericAsPrinted = new IReadOnlyList<Finding>[generic.Count];
        involved = new HashSet<int>?[generic.Count];
        for (var i = 0; i < generic.Count; i++)
        {
            var (findings, failed) = Run(generic[i], input);
            genericAsPrinted[i] = findings;
            involved[i] = failed ? null : findings.SelectMany(f => f.Mentions).ToHashSet();
        }
    }

    /// <summary>The mentions as printed.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The findings under <paramref name="scenario"/>, as <see cref="Checker.Check(Scenario)"/> gives them.</summary>
    public IReadOnlyList<Finding> Check(Scenario scenario)
    {
        var touched = Touched(scenario);
        var findings = new List<Finding>();
        if (rules is not null) findings.AddRange(CheckRules(scenario));
        CheckInput? input = null;
        for (var i = 0; i < generic.Count; i++)
        {
            if (involved[i] is { } read && !read.Overlaps(touched))
            {
                findings.AddRange(genericAsPrinted[i]);
                continue;
            }
            input ??= new CheckInput(asPrinted, scenario.Changed, scenario.RealGrowth, scenario.NotExhaustive);
            findings.AddRange(Run(generic[i], input).Findings);
        }
        return FindingMerge.Merge(findings);
    }

    /// <summary>
    /// The finding of one rule under a scenario, as <see cref="Checker.Recheck"/> gives it: a cheap first test before a full
    /// <see cref="Check(Scenario)"/>. Checks of its kind the scenario cannot change answer as printed.
    /// </summary>
    public Finding? Recheck(Finding original, Scenario scenario)
    {
        if (!original.Origin.IsGeneric)
            return rules is null ? null : CheckRules(scenario, original.Rule).FirstOrDefault();
        var touched = Touched(scenario);
        CheckInput? input = null;
        for (var i = 0; i < generic.Count; i++)
        {
            if (generic[i].Kind != original.Kind) continue;
            if (involved[i] is { } read && !read.Overlaps(touched))
            {
                if (genericAsPrinted[i].FirstOrDefault(f => f.Rule == original.Rule) is { } printed) return printed;
                continue;
            }
            input ??= new CheckInput(asPrinted, scenario.Changed, scenario.RealGrowth, scenario.NotExhaustive);
            // As the checker: the check runs only as far as the finding wanted, and one that throws before it gives none.
            if (Checker.FindingOf(generic[i], input, original.Rule, out var failed) is { } found) return found;
            if (failed) return null;
        }
        return null;
    }

    /// <summary>
    /// The status alone of <see cref="Recheck"/>'s finding, or null where it gives none: a rule's is decided without its
    /// evidence and message (<see cref="RuleEngine.StatusOf"/>). A diagnosis tests each reading on the failure it is tried
    /// on with this and confirms the few that pass with a full <see cref="Check(Scenario)"/>.
    /// </summary>
    public CheckStatus? RecheckStatus(Finding original, Scenario scenario)
    {
        // A rule resting on a growth rate assumed real is qualified by the figures its new finding names: the full recheck.
        if (original.Origin.IsGeneric || rules is null || scenario.RealGrowth.Count > 0) return Recheck(original, scenario)?.Status;
        for (var i = 0; i < rulesAsPrinted.Count; i++)
        {
            var finding = rulesAsPrinted[i];
            if (finding.Rule != original.Rule) continue;
            return ReadsChanged(finding, scenario)
                ? rules.StatusOf(new ScenarioCatalogue(catalogue, scenario), i)
                : finding.Status;
        }
        return null;
    }

    // Whether a rule's finding reads a figure the scenario changes: asked of every rule for every reading, so a loop
    // rather than Any with a delegate.
    private static bool ReadsChanged(Finding finding, Scenario scenario)
    {
        foreach (var id in finding.Mentions)
            if (scenario.Changed.ContainsKey(id)) return true;
        return false;
    }

    private static HashSet<int> Touched(Scenario scenario) => scenario.Changed.Keys.Concat(scenario.RealGrowth).Concat(scenario.NotExhaustive).ToHashSet();

    // As the checker: the rules read the catalogue with the scenario's figures, and a rule resting on a growth rate assumed
    // real says nothing. A rule is a function of the figures it reads, which its finding names: only a rule reading a
    // changed figure is evaluated again. Null for a rule that is not <paramref name="only"/> (a recheck wants one rule).
    private IEnumerable<Finding> CheckRules(Scenario scenario, string? only = null)
    {
        IReadOnlyDictionary<string, Figure>? figures = null;
        for (var i = 0; i < rulesAsPrinted.Count; i++)
        {
            var finding = rulesAsPrinted[i];
            if (only is not null && finding.Rule != only) continue;
            if (ReadsChanged(finding, scenario))
            {
                figures ??= new ScenarioCatalogue(catalogue, scenario);
                finding = rules!.Evaluate(figures, i);
            }
            yield return scenario.Qualify(finding);
        }
    }

    // As the checker: a generic check that throws becomes one error finding and the others go on.
    private static (IReadOnlyList<Finding> Findings, bool Failed) Run(IGenericCheck check, CheckInput input)
    {
        try
        {
            return (check.Run(input).ToList(), false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ([GenericFinding.Broken(check.Kind, e)], true);
        }
    }
}
