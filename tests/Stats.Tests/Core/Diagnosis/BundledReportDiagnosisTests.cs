using Stats.Core.Diagnosis;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;
using Stats.Tests.Cli;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>The diagnose stage on the bundled report: the grain-output and hectares-versus-mu failures get ranked hypotheses.</summary>
public class BundledReportDiagnosisTests
{
    private static readonly Lazy<IReadOnlyList<Hypothesis>> Hypotheses = new(() =>
    {
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "bundled-diagnose");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        CliRun.Of("run", Repository.BundledReport, "--out", outDir);
        return HypothesisTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "hypotheses.csv"), HypothesisTable.Schema));
    });

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
    public void The_generic_yield_check_is_best_explained_by_both_the_output_and_the_area_misprinted()
    {
        var top = Top(Hypotheses.Value.First(h => h.Rule.StartsWith("per_unit:", StringComparison.Ordinal)).Rule);

        Assert.That(top.Original, Is.EqualTo("5016万吨 | 41779.9公顷"));
        Assert.That(top.Reading, Does.StartWith("5016万斤 | "));
        Assert.That(top.Explanation, Does.Contain("kg/亩").And.Contain("t/ha"));
        Assert.That(top.ChecksFixed, Is.GreaterThanOrEqualTo(5));
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
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "bundled-diagnose");
        var report = File.ReadAllText(Path.Combine(Repository.Root, "data", "reports", "ejin-horo-town-2023", "report.txt"));
        var mentions = MentionTable.FromDataFrame(CsvFile.Load(Path.Combine(outDir, "mentions.csv"), MentionTable.Schema));

        Assert.That(mentions.All(m => report[m.Span.Start..m.Span.End] == m.Text), Is.True);
        Assert.That(mentions.Any(m => m.Text == "5016万吨"), Is.True);
    }
}
