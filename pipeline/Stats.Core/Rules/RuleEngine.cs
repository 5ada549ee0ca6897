using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Rules.Expressions;
using Stats.Core.Units;

namespace Stats.Core.Rules;

/// <summary>
/// Evaluates a rule set on figure values: one <see cref="Finding"/> per rule, as a pure function of the figures, so that a
/// diagnosis can re-run every rule with one figure replaced by a hypothesis.
/// </summary>
public sealed class RuleEngine
{
    private readonly RuleSet rules;
    private readonly ReferenceSet references;
    private readonly UnitCatalog units;
    private readonly IReadOnlyDictionary<string, Expression> definitions;

    public RuleEngine(RuleSet rules, ReferenceSet references, UnitCatalog units)
    {
        this.rules = rules ?? throw new ArgumentNullException(nameof(rules));
        this.references = references ?? throw new ArgumentNullException(nameof(references));
        this.units = units ?? throw new ArgumentNullException(nameof(units));
        definitions = rules.Definitions.ToDictionary(d => d.Id, d => d.Expression, StringComparer.Ordinal);
    }

    /// <summary>
    /// One finding per rule, in file order. A rule that holds for some values within the intervals passes; otherwise it
    /// fails (warns for warning rules); division by an interval touching zero or a missing figure makes it not_evaluable;
    /// any other exception makes that rule an error and the run goes on.
    /// </summary>
    public IReadOnlyList<Finding> Evaluate(IReadOnlyDictionary<string, Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var evaluator = new Evaluator(figures, references, units, definitions);
        var wording = new ExpressionWording(figures, references, definitions);
        return rules.Rules.Select(rule => Evaluate(rule, evaluator, wording, figures)).ToList();
    }

    /// <summary>The number of rules, in file order.</summary>
    public int Count => rules.Rules.Count;

    /// <summary>
    /// The finding of the rule at <paramref name="index"/> (in file order) alone, the same as <see cref="Evaluate(IReadOnlyDictionary{string, Figure})"/>
    /// gives it among the others: a diagnosis re-evaluates only the rules whose figures a reading changes.
    /// </summary>
    public Finding Evaluate(IReadOnlyDictionary<string, Figure> figures, int index)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var evaluator = new Evaluator(figures, references, units, definitions);
        var wording = new ExpressionWording(figures, references, definitions);
        return Evaluate(rules.Rules[index], evaluator, wording, figures);
    }

    /// <summary>
    /// The status alone of the rule at <paramref name="index"/>, as <see cref="Evaluate(IReadOnlyDictionary{string, Figure}, int)"/>
    /// decides it, without its evidence and message: a diagnosis's cheap first test of a reading, which a full evaluation
    /// then confirms.
    /// </summary>
    public CheckStatus StatusOf(IReadOnlyDictionary<string, Figure> figures, int index)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rule = rules.Rules[index];
        try
        {
            var outcome = new Evaluator(figures, references, units, definitions).Decide(rule.Expression);
            return outcome.Holds ? CheckStatus.Pass : rule.Severity == Severity.Warning ? CheckStatus.Warn : CheckStatus.Fail;
        }
        catch (NotEvaluableException)
        {
            return CheckStatus.NotEvaluable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return CheckStatus.Error;
        }
    }

    private static Finding Evaluate(Rule rule, Evaluator evaluator, ExpressionWording wording, IReadOnlyDictionary<string, Figure> figures)
    {
        evaluator.ForgetUsedFigures();
        var finding = new Finding
        {
            Rule = rule.Id,
            Kind = rule.Kind,
            Severity = rule.Severity,
            Status = CheckStatus.Error,
            Message = "",
            Origin = FindingOrigin.Rule(rule.Source),
            Label = rule.Label,
        };
        try
        {
            var outcome = evaluator.Decide(rule.Expression);
            var status = outcome.Holds ? CheckStatus.Pass : rule.Severity == Severity.Warning ? CheckStatus.Warn : CheckStatus.Fail;
            return WithEvidence(finding, evaluator, figures) with
            {
                Status = status,
                Observed = outcome.Observed,
                Expected = outcome.Expected,
                Margin = outcome.Holds ? 0m : outcome.Observed.Gap(outcome.Expected),
                Unit = outcome.Unit.Symbol,
                Message = Sentence(rule, outcome, wording),
            };
        }
        catch (NotEvaluableException e)
        {
            return WithEvidence(finding, evaluator, figures) with
            {
                Status = CheckStatus.NotEvaluable,
                Message = Finding.Capitalised($"{Subject(rule)} is not evaluable: {e.Message}."),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken rule must not stop the run: it becomes an error finding of its own.
            return WithEvidence(finding, evaluator, figures) with
            {
                Status = CheckStatus.Error,
                Message = Finding.Capitalised($"{Subject(rule)} could not be evaluated: {Lower(e.Message)}"),
            };
        }
    }

    private static Finding WithEvidence(Finding finding, Evaluator evaluator, IReadOnlyDictionary<string, Figure> figures)
    {
        var used = evaluator.UsedFigures.Select(id => figures[id]).ToList();
        return finding with
        {
            Mentions = used.Where(f => f.MentionId is not null).Select(f => f.MentionId!.Value).ToList(),
            Evidence = string.Join(" | ", used.Select(f => f.Text)),
        };
    }

    private static string Sentence(Rule rule, Outcome outcome, ExpressionWording wording)
    {
        var (left, right, op) = rule.Expression switch
        {
            Comparison c => (c.Left, (Expression?)c.Right, c.Operator),
            Membership m => (m.Value, m.High is null ? m.Low : null, "in"),
            _ => throw new InvalidOperationException("A rule must be a comparison or a membership test."),
        };
        var verb = (op, outcome.Holds) switch
        {
            ("==", true) => "meets",
            ("==", false) => "misses",
            ("<=", true) => "can be at most",
            ("<=", false) => "exceeds",
            (">=", true) => "can be at least",
            (">=", false) => "falls short of",
            ("<", true) => "can be below",
            ("<", false) => "is not below",
            (">", true) => "can be above",
            (">", false) => "is not above",
            ("in", true) => "lies within",
            (_, _) => "lies outside",
        };
        var unit = outcome.Unit.Symbol;
        var observed = QuantityText.WithUnit(outcome.Observed.ToDisplayString(), unit);
        var expected = QuantityText.WithUnit(outcome.Expected.ToDisplayString(), unit);
        var target = right is null || ExpressionWording.IsLiteral(right) ? expected : Described(wording.Word(right), expected);
        if (right is Name { IsReference: false }) target = "the stated " + target;
        // A gap between two rates is in percentage points, not in percent.
        var gap = QuantityText.Approximately(outcome.Observed.Gap(outcome.Expected));
        var margin = outcome.Holds ? "" : unit == "%" ? $" by {gap} percentage points" : $" by {QuantityText.WithUnit(gap, unit)}";
        return Finding.Capitalised($"{wording.Word(left)} = {observed} {verb} {target}{margin}.");
    }

    // A value already shown in the wording (a reference band in its own unit) is not repeated.
    private static string Described(string words, string value) => words.EndsWith(value, StringComparison.Ordinal) ? words : $"{words} = {value}";

    private static string Subject(Rule rule) => rule.Label.Length > 0 ? $"{rule.Label} ({rule.Id})" : rule.Id;

    private static string Lower(string message) => message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
}
