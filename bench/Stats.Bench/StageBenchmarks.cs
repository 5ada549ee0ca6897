using BenchmarkDotNet.Attributes;
using Stats.Core.Checks;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Rules;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;

namespace Stats.Bench;

/// <summary>Extract, check and diagnose on the bundled report, each stage alone and extract plus check together.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ReportText report = null!;
    private ReferenceData reference = null!;
    private string figuresYaml = "";
    private string rulesYaml = "";
    private IReadOnlyList<Mention> mentions = [];
    private Checker checker = null!;
    private ScenarioChecks scenarios = null!;
    private IReadOnlyList<Finding> findings = [];
    private IReadOnlyList<IReadingGenerator> generators = [];

    [GlobalSetup]
    public void Setup()
    {
        var source = BundledReport.Source;
        report = source.Read();
        reference = BundledReport.Reference;
        figuresYaml = File.ReadAllText(source.FiguresPath!);
        rulesYaml = File.ReadAllText(source.RulesPath!);
        mentions = new Extractor().Extract(report);
        var checks = ReportChecks.Compose(report, mentions, reference, new DataFile(figuresYaml, "figures.yaml"), new DataFile(rulesYaml, "rules.yaml"));
        checker = checks.Checker;
        scenarios = checks.Scenarios;
        findings = checker.Check();
        generators = ReportChecks.ReadingGenerators(reference);
    }

    private Checker BuildChecker(IReadOnlyList<Mention> extracted) => ReportChecks.Compose(report, extracted, reference,
        new DataFile(figuresYaml, "figures.yaml"), new DataFile(rulesYaml, "rules.yaml")).Checker;

    [Benchmark]
    public int Extract() => new Extractor().Extract(report).Count;

    [Benchmark]
    public int Check() => checker.Check().Count;

    /// <summary>What one report costs in corpus mode before diagnosis: extract, resolve the catalogue, parse the rules, check.</summary>
    [Benchmark]
    public int ExtractAndCheck() => BuildChecker(new Extractor().Extract(report)).Check().Count;

    /// <summary>The diagnose stage: each reading re-runs only the checks it can change (<see cref="ScenarioChecks"/>).</summary>
    [Benchmark]
    public int Diagnose() => new Diagnoser(scenarios, generators).Run(findings).Hypotheses.Count;

    /// <summary>The same diagnosis re-running every check for each reading, as before: the baseline of <see cref="Diagnose"/>.</summary>
    [Benchmark]
    public int DiagnoseRecheckingEverything() => new Diagnoser(checker, generators).Run(findings).Hypotheses.Count;
}
