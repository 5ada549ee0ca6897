using Stats.Core.Diagnosis;
using Stats.Core.Findings;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;
using Stats.Tests.Cli;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>
/// The diagnose stage on the bundled report: the grain-output and hectares-versus-mu failures get ranked hypotheses, and
/// the failures form problems with one joint reading each.
/// </summary>
public class BundledReportDiagnosisTests
{
    private static string OutDir => BundledReportRun.OutDir;

    private static readonly Lazy<IReadOnlyList<Hypothesis>> Hypotheses = new(() =>
        HypothesisTable.FromDataFrame(CsvFile.Load(Path.Combine(OutDir, "hypotheses.csv"), HypothesisTable.Schema)));

    private static readonly Lazy<IReadOnlyList<ProblemRow>> Problems = new(() =>
        ProblemTable.FromDataFrame(CsvFile.Load(Path.Combine(OutDir, "problems.csv"), ProblemTable.Schema)));

    private static readonly Lazy<IReadOnlyList<Finding>> Findings = new(() =>
        FindingTable.FromDataFrame(CsvFile.Load(Path.Combine(OutDir, "findings.csv"), FindingTable.Schema)));

    private static Hypothesis Top(string rule) => Hypotheses.Value.Where(h => h.Rule == rule).Single(h => h.Rank == 1);

    [Test]
    public void The_impossible_yield_is_best_explained_by_reading_the_output_in_another_unit()
    {
        var top = Top("grain.yield.possible");

        Assert.That(top.Original, Is.EqualTo("5016万吨"));
        Assert.That(top.Kind, Is.AnyOf("unit", "decimal"));
        Assert.That(top.ChecksBroken, Is.Zero);
        Assert.That(top.Explanation, Does.Contain("kg/亩").And.Contain("lies within possible"));
    }

    [Test]
    public void The_grain_failures_are_one_problem_with_one_joint_reading_that_fixes_all_of_them()
    {
        // The yield per 亩 and per hectare, its usual band, the province's output and the area change all read 5016万吨 or 41779.9公顷.
        var grain = Problems.Value.Single(p => p.Findings.Contains("grain.yield.possible"));

        Assert.That(grain.Findings, Is.SupersetOf(new[] { "grain.yield.possible", "grain.output.within_province", "grain.sown_area.target_change" }));
        Assert.That(grain.Original, Is.EqualTo("5016万吨 | 41779.9公顷"));
        Assert.That(grain.Best, Does.StartWith("5016万斤 | ").And.EndWith("4177.99公顷"));
        Assert.That((grain.BestFixes, grain.BestBreaks), Is.EqualTo(((int?)grain.Checks, (int?)0)));
    }

    [Test]
    public void Problems_are_counted_once_each_and_no_two_findings_share_figures_and_relation()
    {
        var findings = Findings.Value.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn).ToList();
        var problems = Problems.Value;

        Assert.That(problems.SelectMany(p => p.Findings), Is.EquivalentTo(findings.Select(f => f.Rule)), "every failed or warned finding is in exactly one problem");
        Assert.That(findings.GroupBy(f => (f.Kind, string.Join(";", f.Mentions.Order()))).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
        Assert.That(problems.Count, Is.LessThan(findings.Count));
    }

    [Test]
    public void A_report_rule_and_a_generic_check_of_one_relation_are_one_finding_naming_the_generic_check()
    {
        var yield = Findings.Value.Single(f => f.Rule == "grain.yield.possible");

        Assert.That(yield.CorroboratedBy, Has.Some.StartsWith("per_unit:").And.Some.EqualTo("grain.yield.possible.t_per_ha"));
        Assert.That(Findings.Value.Select(f => f.Rule).Intersect(yield.CorroboratedBy), Is.Empty);
    }

    [Test]
    public void The_hectares_versus_mu_drop_is_explained_by_a_shifted_decimal_point_giving_a_small_change()
    {
        var top = Top("grain.sown_area.target_change");

        Assert.That(top.Kind, Is.EqualTo("decimal"));
        Assert.That(top.Reading, Is.AnyOf("64.7万亩以上", "4177.99公顷"));
        Assert.That(top.Explanation, Does.Contain("%").And.Contain("lies within"));
    }

    [Test]
    public void The_revenue_growth_is_explained_by_a_typo_in_a_growth_rate()
    {
        var top = Top("revenue.growth.from_parts");

        Assert.That(top.Kind, Is.EqualTo("typo"));
        Assert.That(top.Original, Is.AnyOf("3%", "1.4%"));
        Assert.That(top.ChecksBroken, Is.Zero);
    }

    [Test]
    public void A_hypothesis_never_changes_the_data()
    {
        Assert.That(Hypotheses.Value, Is.Not.Empty);
        var outDir = OutDir;
        var report = File.ReadAllText(Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt"));
        var mentions = MentionTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "mentions.csv"), MentionTable.Schema));

        Assert.That(mentions.All(m => report[m.Span.Start..m.Span.End] == m.Text), Is.True);
        Assert.That(mentions.Any(m => m.Text == "5016万吨"), Is.True);
    }
}
