using System.Globalization;
using Stats.Core.Checks;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>
/// The diagnosis re-runs under each reading only the checks the reading can change (<see cref="ScenarioChecks"/>). It must
/// find what re-running every check finds: the same findings under every reading it tries, and the same hypotheses and
/// problems, on the bundled report (with its own rules) and on every failing fixture text.
/// </summary>
public sealed class ScenarioChecksTests
{
    private static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData("bundled report").SetName("The bundled report is diagnosed the same by re-running only what a reading changes");
        var root = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "checks");
        foreach (var file in Directory.GetFiles(root, "fail-*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(Path.GetDirectoryName(file)!) + "/" + Path.GetFileNameWithoutExtension(file);
            yield return new TestCaseData(name).SetName($"A fixture is diagnosed the same by re-running only what a reading changes ({name})");
        }
    }

    private static ReportChecks Compose(string name)
    {
        if (name == "bundled report")
        {
            var source = ReportSource.Resolve(Repository.BundledReport);
            var report = source.Read();
            return ReportChecks.Compose(report, new Extractor().Extract(report), CheckedText.ReferenceData,
                new DataFile(File.ReadAllText(source.FiguresPath!), "figures.yaml"), new DataFile(File.ReadAllText(source.RulesPath!), "rules.yaml"));
        }
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "checks", name + ".txt"));
        var fixture = new ReportText("fixture", text);
        return ReportChecks.Compose(fixture, new Extractor().Extract(fixture), CheckedText.ReferenceData);
    }

    [TestCaseSource(nameof(Reports))]
    public void Every_reading_of_a_failed_figure_gives_the_findings_of_a_full_recheck(string name)
    {
        var checks = Compose(name);
        var findings = checks.Checker.Check();
        var ids = findings.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn).SelectMany(f => f.Mentions).ToHashSet();
        var generators = ReportChecks.ReadingGenerators(CheckedText.ReferenceData);
        var readings = checks.Checker.Mentions.Where(m => ids.Contains(m.Id)).SelectMany(m => generators.SelectMany(g => g.For(m))).ToList();

        // A ratio's terms are not read one by one yet (EveryKindDiagnosisTests): its fixture has no reading to compare.
        if (!name.StartsWith("ratio/", StringComparison.Ordinal)) Assert.That(readings, Is.Not.Empty);
        foreach (var reading in readings)
        {
            var scenario = new Scenario(
                reading.Assumption == Assumption.None ? new Dictionary<int, Mention> { [reading.Original.Id] = reading.Changed } : new Dictionary<int, Mention>(),
                reading.Assumption == Assumption.RealGrowth ? new HashSet<int> { reading.Original.Id } : new HashSet<int>(),
                reading.Assumption == Assumption.NotExhaustive ? new HashSet<int> { reading.Original.Id } : new HashSet<int>());
            Assert.That(checks.Scenarios.Check(scenario).Select(Describe), Is.EqualTo(checks.Checker.Check(scenario).Select(Describe)), reading.Text);
            foreach (var failed in findings.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn))
                Assert.That(Describe(checks.Scenarios.Recheck(failed, scenario)), Is.EqualTo(Describe(checks.Checker.Recheck(failed, scenario))), $"{failed.Rule}: {reading.Text}");
        }
    }

    [TestCaseSource(nameof(Reports))]
    public void The_hypotheses_and_problems_are_those_of_a_diagnosis_that_rechecks_everything(string name)
    {
        var checks = Compose(name);
        var findings = checks.Checker.Check();
        var generators = ReportChecks.ReadingGenerators(CheckedText.ReferenceData);

        var full = new Diagnoser(checks.Checker, generators).Run(findings);
        var incremental = new Diagnoser(checks.Scenarios, generators).Run(findings);

        Assert.That(incremental.Hypotheses.Select(Describe), Is.EqualTo(full.Hypotheses.Select(Describe)));
        Assert.That(incremental.Problems.Select(p => Describe(ProblemRow.From(p))), Is.EqualTo(full.Problems.Select(p => Describe(ProblemRow.From(p)))));
    }

    private static string Describe(Finding? f) => f is null ? "none" : string.Join(" ; ",
        f.Rule, f.Kind, f.Severity, f.Status, f.Message, f.Evidence, string.Join(",", f.Mentions), string.Join(",", f.CorroboratedBy),
        f.Expected?.ToString() ?? "", f.Observed?.ToString() ?? "", f.Margin?.ToString(CultureInfo.InvariantCulture) ?? "", f.Unit, f.Label, f.Origin.ToString());

    private static string Describe(Hypothesis h) => string.Join(" ; ",
        h.Rule, h.Rank, string.Join(",", h.Mentions), h.Original, h.Reading, h.Kind, h.ChecksFixed, h.ChecksBroken,
        h.Score.ToString(CultureInfo.InvariantCulture), h.Explanation,
        string.Join(",", h.Readings.Select(r => $"{r.Mention}:{r.Value?.ToString(CultureInfo.InvariantCulture)}:{r.Unit}:{r.Multiplier.ToString(CultureInfo.InvariantCulture)}")));

    private static string Describe(ProblemRow p) => string.Join(" ; ",
        p.Id, p.Status, string.Join(",", p.Findings), string.Join(",", p.Mentions), p.Kinds, p.Original, string.Join(",", p.BestFigures), p.Best,
        p.BestKind, p.BestFixes, p.Checks, p.BestBreaks, p.Score?.ToString(CultureInfo.InvariantCulture), p.RunnerUp, p.RunnerUpFixes);
}
