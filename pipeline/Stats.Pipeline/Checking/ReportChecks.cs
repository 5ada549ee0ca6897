using Stats.Core.Checks;
using Stats.Core.Checks.Generic;
using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Rules;
using Stats.Core.Statements;
using Stats.Core.Text;
using Stats.Pipeline.Inputs;

namespace Stats.Pipeline.Checking;

/// <summary>
/// The checks of one report, composed in the one place that does it for the program, the notebooks, the tests and the
/// benchmarks: the report's own catalogue and rules when it has them, and the generic checks of the reference data.
/// </summary>
public sealed class ReportChecks
{
    private readonly ReferenceData reference;

    private ReportChecks(ReferenceData reference,
        IReadOnlyDictionary<string, Figure> catalogue, RuleEngine? rules, IReadOnlyList<IGenericCheck> generic, Checker checker)
    {
        this.reference = reference;
        Catalogue = catalogue;
        Rules = rules;
        Generic = generic;
        Checker = checker;
    }

    /// <summary>The report's figure catalogue resolved against its mentions (empty without <c>figures.yaml</c>).</summary>
    public IReadOnlyDictionary<string, Figure> Catalogue { get; }

    /// <summary>The report's own rules, or null without <c>rules.yaml</c>.</summary>
    public RuleEngine? Rules { get; }

    /// <summary>The generic checks, in the order their findings are listed.</summary>
    public IReadOnlyList<IGenericCheck> Generic { get; }

    public Checker Checker { get; }

    private ScenarioChecks? scenarios;

    /// <summary>
    /// The same checks for a diagnosis, re-running under each reading only those the reading can change; built on first use
    /// (it checks the figures as printed once more, check by check).
    /// </summary>
    public ScenarioChecks Scenarios => scenarios ??= new ScenarioChecks(Checker.AsPrintedInput.Report, Checker.Mentions, Generic, Rules, Catalogue);

    /// <summary>
    /// Composes the checks of a report from its text, its mentions, the reference data and its optional data files (each
    /// parsed once; a malformed one throws <see cref="Stats.Core.DataFiles.DataFileException"/> naming file, line and column).
    /// </summary>
    public static ReportChecks Compose(ReportText report, IReadOnlyList<Mention> mentions, ReferenceData reference,
        DataFile? figures = null, DataFile? rules = null)
    {
        var catalogue = figures is null
            ? new Dictionary<string, Figure>()
            : FigureCatalog.Parse(figures.Text, figures.Name).Resolve(mentions, report);
        RuleEngine? engine = null;
        if (rules is not null)
        {
            var set = RuleSet.Parse(rules.Text, rules.Name, catalogue.Keys, reference.References, reference.Units);
            engine = new RuleEngine(set, reference.References, reference.Units);
        }
        var generic = GenericChecks(reference);
        return new ReportChecks(reference, catalogue, engine, generic, new Checker(report, mentions, generic, engine, catalogue));
    }

    /// <summary>The generic checks, which need nothing but the text and the reference data, in the order their findings are listed.</summary>
    public static IReadOnlyList<IGenericCheck> GenericChecks(ReferenceData reference) =>
    [
        new ShareCheck(reference.Partitions),
        new PartsCheck(reference.Partitions),
        new GrowthCheck(reference.Partitions),
        new LevelChangeCheck(),
        new GranularityCheck(),
        new UnitStatementCheck(reference.Units),
        new PerUnitCheck(reference.PerUnit, reference.Units, reference.References),
        new RatioCheck(reference.Partitions),
        new TableFormulaCheck(),
        new IncrementCheck(),
        new BalanceCheck(),
        new FundRolloverCheck(),
        new BudgetShareCheck(reference.Partitions),
        new ShareSumCheck(reference.Partitions),
        new ShareOfTotalCheck(reference.Partitions),
        new ListedPartsCheck(),
        new StatedPartitionCheck(reference.Partitions),
        new ViewBreakdownCheck(reference.Partitions),
        new CompoundGrowthCheck(),
        new LimitCheck(reference.Limits),
        new RestatementCheck(),
        new OrderCheck(),
        new ScopeCheck(),
        new PerCapitaCheck(),
        new VitalRatesCheck(),
    ];

    /// <summary>The readings the diagnose stage tries for each figure of a failed check.</summary>
    public static IReadOnlyList<IReadingGenerator> ReadingGenerators(ReferenceData reference) =>
    [
        new UnitSlipGenerator(reference.UnitFamilies),
        new DecimalShiftGenerator(),
        new DigitTypoGenerator(),
        new BasisGenerator(),
        new YearGenerator(),
    ];

    /// <summary>The statements the checks read from the figures as printed: indicators, roles and links (statements.csv).</summary>
    public IReadOnlyList<Statement> Statements() =>
        StatementReader.Read(Checker.AsPrintedInput, reference.Partitions, reference.Indicators);

    /// <summary>
    /// The findings of one kind: the report's rules of that kind, then the generic checks of that kind, in checker order,
    /// merged as the checker merges them (one relation, one finding: merging never crosses kinds).
    /// </summary>
    public IReadOnlyList<Finding> Recheck(string kind, CheckInput input) =>
        FindingMerge.Merge((Rules?.Evaluate(Catalogue) ?? []).Where(f => f.Kind == kind)
            .Concat(Generic.Where(g => g.Kind == kind).SelectMany(g => g.Run(input)))
            .ToList());
}
