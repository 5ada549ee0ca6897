using System.Globalization;
using Stats.Core.Checks;
using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// Ranks the likely errors behind each failed check: every other reading of the figures involved (unit slip, digit typo,
/// shifted decimal point, different basis) is re-checked against every rule. Ranked by checks newly satisfied minus checks
/// newly broken, then plausibility against the reference bands, then the size of the change (fewest figures first, as
/// Fellegi–Holt). Where no single change explains a failure, pairs of unit and decimal readings are tried.
/// </summary>
public sealed class Diagnoser
{
    private readonly IReadOnlyList<Mention> mentionsAsPrinted;
    private readonly Func<Scenario, IReadOnlyList<Finding>> check;
    // The status of one failed check's finding under a scenario, or null where there is none: the first test of a reading.
    private readonly Func<Finding, Scenario, CheckStatus?> recheck;
    private readonly IReadOnlyList<IReadingGenerator> generators;

    /// <summary>A diagnosis that re-runs every check for each reading it tries.</summary>
    public Diagnoser(Checker checker, IReadOnlyList<IReadingGenerator> generators)
    {
        mentionsAsPrinted = checker.Mentions;
        check = checker.Check;
        recheck = (finding, scenario) => checker.Recheck(finding, scenario)?.Status;
        this.generators = generators;
    }

    /// <summary>
    /// A diagnosis that re-runs, for each reading, only the checks the reading can change (<see cref="ScenarioChecks"/>):
    /// the same hypotheses and problems as re-running every check, in a fraction of the time.
    /// </summary>
    public Diagnoser(ScenarioChecks checks, IReadOnlyList<IReadingGenerator> generators)
    {
        mentionsAsPrinted = checks.Mentions;
        check = checks.Check;
        recheck = checks.RecheckStatus;
        this.generators = generators;
    }

    /// <summary>Hypotheses kept per failed check.</summary>
    public const int KeptPerRule = 8;

    /// <summary>Pairs of readings tried per failed check at most, so that a long list under 其中 cannot make the search explode.</summary>
    public const int MaxPairsPerRule = 4000;

    /// <summary>Candidate readings per failed check taken into the joint search of a problem.</summary>
    public const int JointCandidatesPerRule = 3;

    /// <summary>Unions of two candidates tried per problem at most.</summary>
    public const int MaxJointUnions = 300;

    public IReadOnlyList<Hypothesis> Diagnose(IReadOnlyList<Finding> baseline) => Run(baseline).Hypotheses;

    /// <summary>
    /// The hypotheses of every failed check, then one joint diagnosis per problem (<see cref="Problem"/>): the readings,
    /// from the best few of each of its checks and unions of two of them, that make most of its failed checks pass while
    /// breaking fewest passing ones (as Fellegi–Holt error localisation: the fewest changes consistent with every rule).
    /// </summary>
    public DiagnosisResult Run(IReadOnlyList<Finding> baseline)
    {
        var (hypotheses, ranked, evaluate) = PerCheck(baseline);
        var problems = Problem.Group(baseline).Select(p => Joint(p, ranked, evaluate)).ToList();
        return new DiagnosisResult(hypotheses, problems);
    }

    private ProblemDiagnosis Joint(Problem problem, IReadOnlyDictionary<string, List<Outcome>> ranked, Func<IReadOnlyList<Reading>, Outcome> evaluate)
    {
        var rules = problem.Findings.Select(f => f.Rule).ToList();
        var candidates = rules
            .SelectMany(r => ranked.TryGetValue(r, out var list) ? list.Take(JointCandidatesPerRule) : [])
            .Select(o => o.Readings)
            .DistinctBy(Key)
            .ToList();
        var tried = new List<IReadOnlyList<Reading>>(candidates);
        for (var a = 0; a < candidates.Count && tried.Count < candidates.Count + MaxJointUnions; a++)
            for (var b = a + 1; b < candidates.Count && tried.Count < candidates.Count + MaxJointUnions; b++)
            {
                var changed = candidates[a].Select(r => r.Original.Id).ToHashSet();
                if (candidates[b].Any(r => changed.Contains(r.Original.Id))) continue;
                tried.Add([.. candidates[a], .. candidates[b]]);
            }
        var joint = tried.DistinctBy(Key)
            .Select(readings => JointReading.From(evaluate(readings), rules))
            .Where(j => j.Fixes > 0)
            .OrderByDescending(j => j.Score)
            .ThenBy(j => j.Text, StringComparer.Ordinal)
            .ToList();
        return new ProblemDiagnosis(problem, joint.ElementAtOrDefault(0), joint.ElementAtOrDefault(1));
    }

    private static string Key(IReadOnlyList<Reading> readings) =>
        string.Join("|", readings.OrderBy(r => r.Original.Id).Select(r => $"{r.Original.Id}:{r.Kind}:{r.Text}"));

    private (List<Hypothesis>, Dictionary<string, List<Outcome>>, Func<IReadOnlyList<Reading>, Outcome>) PerCheck(IReadOnlyList<Finding> baseline)
    {
        var before = StatusByRule(baseline);
        var failed = baseline.Where(f => IsFailing(f.Status)).ToList();
        // Figures, and the years a check reads (the span of a yearly average rate): both may be misprinted.
        var mentions = mentionsAsPrinted.Where(m => m.IsFigure && m.Value is not null || m.Kind == MentionKind.Year && m.Period is not null).ToDictionary(m => m.Id);
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);

        Outcome Evaluate(IReadOnlyList<Reading> readings)
        {
            var key = Key(readings);
            if (outcomes.TryGetValue(key, out var known)) return known;
            var findings = check(ScenarioOf(readings));
            return outcomes[key] = Outcome.Of(readings, findings, before);
        }

        // Most readings do not fix the failure they are tried on: re-running that one rule first spares the full re-check.
        Outcome? Explain(Finding failure, IReadOnlyList<Reading> readings)
        {
            var alone = recheck(failure, ScenarioOf(readings));
            if (alone is not ({ } status and (CheckStatus.Pass or CheckStatus.NotEvaluable)) || (status == CheckStatus.NotEvaluable && !readings.Any(r => r.Kind == ReadingKind.Basis)))
                return null;
            var outcome = Evaluate(readings);
            return outcome.Fixes(failure.Rule) ? outcome : null;
        }

        var hypotheses = new List<Hypothesis>();
        var rankedByRule = new Dictionary<string, List<Outcome>>(StringComparer.Ordinal);
        foreach (var finding in failed)
        {
            var figures = finding.Mentions.Where(mentions.ContainsKey).Distinct().Select(id => mentions[id]).ToList();
            var readings = figures.Select(f => generators.SelectMany(g => g.For(f)).ToList()).ToList();
            var explaining = readings.SelectMany(r => r)
                .Select(r => Explain(finding, [r])).OfType<Outcome>().ToList();
            if (explaining.Count == 0)
            {
                var cheap = readings.Select(rs => rs.Where(r => r.Kind is ReadingKind.Unit or ReadingKind.Decimal).ToList()).ToList();
                var pairs =
                    from a in Enumerable.Range(0, cheap.Count)
                    from b in Enumerable.Range(a + 1, cheap.Count - a - 1)
                    from ra in cheap[a]
                    from rb in cheap[b]
                    select (ra, rb);
                foreach (var (ra, rb) in pairs.Take(MaxPairsPerRule))
                    if (Explain(finding, [ra, rb]) is { } pair) explaining.Add(pair);
            }
            var ranked = explaining
                .OrderByDescending(o => o.Score)
                .ThenBy(o => o.Reading, StringComparer.Ordinal)
                .Take(KeptPerRule)
                .ToList();
            hypotheses.AddRange(ranked.Select((o, i) => o.ToHypothesis(finding, i + 1)));
            rankedByRule.TryAdd(finding.Rule, ranked);
        }
        return (hypotheses, rankedByRule, Evaluate);
    }

    private static bool IsFailing(CheckStatus status) => status is CheckStatus.Fail or CheckStatus.Warn;

    private static Dictionary<string, Finding> StatusByRule(IReadOnlyList<Finding> findings)
    {
        var map = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            map.TryAdd(f.Rule, f);
            // A finding merged into another (one relation, one finding) has that finding's status.
            foreach (var also in f.CorroboratedBy) map.TryAdd(also, f);
        }
        return map;
    }

    private static Scenario ScenarioOf(IReadOnlyList<Reading> readings)
    {
        // Most readings change one figure and assume nothing: a thousand of them share the empty sets.
        var changed = new Dictionary<int, Mention>(readings.Count);
        HashSet<int>? realGrowth = null;
        HashSet<int>? notExhaustive = null;
        foreach (var r in readings)
        {
            switch (r.Assumption)
            {
                case Assumption.None: changed.Add(r.Original.Id, r.Changed); break;
                case Assumption.RealGrowth: (realGrowth ??= []).Add(r.Original.Id); break;
                case Assumption.NotExhaustive: (notExhaustive ??= []).Add(r.Original.Id); break;
            }
        }
        return new Scenario(changed, realGrowth ?? NoIds, notExhaustive ?? NoIds);
    }

    private static readonly IReadOnlySet<int> NoIds = new HashSet<int>();

    /// <summary>What the checks give under one set of readings, compared with the figures as printed.</summary>
    internal sealed record Outcome(IReadOnlyList<Reading> Readings, IReadOnlyDictionary<string, Finding> After, int Fixed, int Broken, decimal Plausibility)
    {
        public string Reading => string.Join(" | ", Readings.Select(r => r.Text));

        public decimal Cost => Readings.Sum(r => r.Cost);

        /// <summary>Fixed minus broken outweighs everything; plausibility outweighs the size of the change.</summary>
        public decimal Score => Math.Round(100m * (Fixed - Broken) + 10m * Plausibility - Cost, 2);

        public bool Fixes(string rule) =>
            After.TryGetValue(rule, out var f) && (f.Status == CheckStatus.Pass || (f.Status == CheckStatus.NotEvaluable && Readings.Any(r => r.Kind == ReadingKind.Basis)));

        public static Outcome Of(IReadOnlyList<Reading> readings, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, Finding> before)
        {
            var after = StatusByRule(findings);
            var isBasis = readings.Any(r => r.Kind == ReadingKind.Basis);
            var fixedCount = before.Values.Count(b => IsFailing(b.Status) && after.TryGetValue(b.Rule, out var a) &&
                (a.Status == CheckStatus.Pass || (isBasis && a.Status == CheckStatus.NotEvaluable)));
            var broken = before.Values.Count(b => b.Status == CheckStatus.Pass && after.TryGetValue(b.Rule, out var a) && IsFailing(a.Status));
            var changed = readings.Select(r => r.Original.Id).ToHashSet();
            var bands = findings.Where(f => CheckKind.Of(f.Kind).IsBand && f.Severity != Severity.Info && f.Mentions.Any(changed.Contains)).ToList();
            var plausibility = bands.Count == 0
                ? 0.5m
                : bands.Average(f => f.Status switch { CheckStatus.Pass => 1m, CheckStatus.Warn => 0.5m, _ => 0m });
            return new Outcome(readings, after, fixedCount, broken, plausibility);
        }

        public Hypothesis ToHypothesis(Finding failed, int rank)
        {
            var now = After[failed.Rule];
            var original = string.Join(" | ", Readings.Select(r => r.Original.Text));
            var explanation = $"Reading {original} as {Reading}: {now.Message} " +
                string.Create(CultureInfo.InvariantCulture, $"({Fixed} failed check{(Fixed == 1 ? "" : "s")} would pass, {Broken} passing check{(Broken == 1 ? "" : "s")} would fail.)");
            return new Hypothesis
            {
                Rule = failed.Rule,
                Rank = rank,
                Mentions = Readings.Select(r => r.Original.Id).ToList(),
                Original = original,
                Reading = Reading,
                Readings = Readings.Select(r => new FigureReading(r.Original.Id, r.Changed.Value, r.Changed.Unit, r.Changed.Multiplier)).ToList(),
                Kind = string.Join("+", Readings.Select(r => r.Kind)),
                ChecksFixed = Fixed,
                ChecksBroken = Broken,
                Score = Score,
                Explanation = explanation,
            };
        }
    }
}
