using Stats.Core.Diagnosis;
using Stats.Core.Findings;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>Failed findings grouped into problems, and a report rule merged with the generic check of the same relation.</summary>
public sealed class ProblemTests
{
    private static Finding Found(string rule, CheckStatus status, string kind = "parts", bool generic = true, params int[] mentions) => new()
    {
        Rule = rule,
        Kind = kind,
        Severity = Severity.Error,
        Status = status,
        Mentions = mentions,
        Message = rule,
        Origin = generic ? FindingOrigin.Generic : FindingOrigin.Parse("rules.yaml:3"),
    };

    [Test]
    public void Failed_findings_sharing_figures_directly_or_through_another_are_one_problem()
    {
        var findings = new[]
        {
            Found("a", CheckStatus.Fail, mentions: [1, 2]),
            Found("b", CheckStatus.Pass, mentions: [2, 5]),
            Found("c", CheckStatus.Warn, mentions: [2, 3]),
            Found("d", CheckStatus.Fail, mentions: [7]),
            Found("e", CheckStatus.Fail, mentions: [3, 4]),
        };

        var problems = Problem.Group(findings);

        Assert.That(problems.Select(p => (p.Id, string.Join(",", p.Findings.Select(f => f.Rule)))),
            Is.EqualTo(new[] { ("P1", "a,c,e"), ("P2", "d") }));
        Assert.That(problems[0].Mentions, Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(problems.Select(p => p.Status), Is.All.EqualTo(CheckStatus.Fail));
    }

    [Test]
    public void A_problem_of_warnings_only_is_a_warning()
    {
        Assert.That(Problem.Group([Found("w", CheckStatus.Warn, mentions: [1])]).Single().Status, Is.EqualTo(CheckStatus.Warn));
    }

    [Test]
    public void A_rule_and_a_generic_check_of_one_kind_status_and_figures_merge_into_the_rule()
    {
        var rule = Found("revenue.parts", CheckStatus.Fail, generic: false, mentions: [3, 4]);
        var generic = Found("parts:2:3:4", CheckStatus.Fail, mentions: [2, 3, 4]);

        var merged = FindingMerge.Merge([rule, generic]);

        Assert.That(merged.Select(f => f.Rule), Is.EqualTo(new[] { "revenue.parts" }));
        Assert.That(merged[0].CorroboratedBy, Is.EqualTo(new[] { "parts:2:3:4" }));
    }

    [TestCase(CheckStatus.Pass, "parts", 3, 4)]
    [TestCase(CheckStatus.Fail, "share", 3, 4)]
    [TestCase(CheckStatus.Fail, "parts", 3, 9)]
    public void Findings_that_differ_in_status_kind_or_figures_stay_apart(CheckStatus status, string kind, int first, int second)
    {
        var rule = Found("revenue.parts", CheckStatus.Fail, generic: false, mentions: [3, 4]);
        var generic = Found("g", status, kind, mentions: [first, second]);

        Assert.That(FindingMerge.Merge([rule, generic]), Has.Count.EqualTo(2));
    }
}
