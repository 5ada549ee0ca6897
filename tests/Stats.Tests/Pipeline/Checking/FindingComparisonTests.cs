using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Pipeline.Checking;
using Stats.Reporting.Notebooks;

namespace Stats.Tests.Pipeline.Checking;

public class FindingComparisonTests
{
    private static readonly Finding Published = new()
    {
        Rule = "revenue.tax.share", Kind = "share", Severity = Severity.Error, Status = CheckStatus.Pass, Message = "m",
        Origin = FindingOrigin.Rule("/somewhere/on/the/build/machine/rules.yaml:18"), Observed = IntervalText.Parse("[98.521331, 98.521622]"), Margin = 0m,
    };

    [Test]
    public void Findings_that_differ_only_in_the_folder_of_their_rules_file_are_the_same()
    {
        var recomputed = Published with { Origin = FindingOrigin.Rule("input/rules.yaml:18") };

        Assert.That(FindingComparison.Differences([Published], [recomputed]), Is.Empty);
    }

    [Test]
    public void A_different_status_or_observed_interval_is_reported_and_throws()
    {
        var recomputed = Published with { Status = CheckStatus.Fail, Observed = IntervalText.Parse("[1, 2]") };

        var differences = FindingComparison.Differences([Published], [recomputed]);

        Assert.That(differences, Has.Count.EqualTo(2));
        Assert.That(differences, Has.Some.Contains("status is 'pass' in findings.csv but 'fail' recomputed"));
        Assert.That(differences, Has.Some.Contains("observed"));
        Assert.That(() => FindingComparison.AssertSame([Published], [recomputed]), Throws.InvalidOperationException);
    }

    [Test]
    public void A_missing_finding_is_reported()
    {
        Assert.That(FindingComparison.Differences([Published, Published], [Published]), Has.Some.Contains("2 findings"));
    }
}
