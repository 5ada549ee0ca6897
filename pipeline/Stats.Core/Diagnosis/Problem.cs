using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>
/// One problem of a report: the failed and warned findings that share figures, directly or through each other (the grain
/// yield per 亩 and per hectare, the province's output and the area change all read the grain output or the sown area).
/// A reviewer counts problems, not checks.
/// </summary>
public sealed record Problem(string Id, IReadOnlyList<Finding> Findings)
{
    /// <summary>fail when any of its findings fails, else warn.</summary>
    public CheckStatus Status => Findings.Any(f => f.Status == CheckStatus.Fail) ? CheckStatus.Fail : CheckStatus.Warn;

    /// <summary>The figures its findings read, in text order.</summary>
    public IReadOnlyList<int> Mentions => Findings.SelectMany(f => f.Mentions).Distinct().Order().ToList();

    /// <summary>The problems of a set of findings, numbered P1, P2… in the order of their first finding.</summary>
    public static IReadOnlyList<Problem> Group(IReadOnlyList<Finding> findings)
    {
        var failing = findings.Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn).ToList();
        var parent = Enumerable.Range(0, failing.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var holder = new Dictionary<int, int>();
        for (var i = 0; i < failing.Count; i++)
            foreach (var mention in failing[i].Mentions)
            {
                if (!holder.TryAdd(mention, i)) parent[Root(i)] = Root(holder[mention]);
            }
        return failing.Select((f, i) => (f, Root: Root(i)))
            .GroupBy(x => x.Root)
            .OrderBy(g => g.Min(x => failing.IndexOf(x.f)))
            .Select((g, n) => new Problem($"P{n + 1}", g.Select(x => x.f).ToList()))
            .ToList();
    }
}

/// <summary>The readings that best explain a whole problem, with how many of its failed checks they fix.</summary>
public sealed record JointReading(IReadOnlyList<Reading> Readings, int Fixes, int Checks, int Broken, decimal Score)
{
    /// <summary>How the figures read under it, joined by " | " (a figure in another unit | another with its decimal point moved).</summary>
    public string Text => string.Join(" | ", Readings.Select(r => r.Text));

    /// <summary>The figures as printed that it changes.</summary>
    public string Original => string.Join(" | ", Readings.Select(r => r.Original.Text));

    /// <summary>The families of its readings (unit+decimal).</summary>
    public string Kind => string.Join("+", Readings.Select(r => r.Kind));

    internal static JointReading From(Diagnoser.Outcome outcome, IReadOnlyList<string> rules)
    {
        var fixes = rules.Count(outcome.Fixes);
        // Fixing the problem's checks outweighs everything; then what it breaks elsewhere, plausibility and the size of the change.
        var score = Math.Round(100m * (fixes - outcome.Broken) + 10m * outcome.Plausibility - outcome.Cost, 2);
        return new JointReading(outcome.Readings, fixes, rules.Count, outcome.Broken, score);
    }
}

/// <summary>A problem with its best joint reading and the runner-up (none when no reading fixes any of its checks).</summary>
public sealed record ProblemDiagnosis(Problem Problem, JointReading? Best, JointReading? RunnerUp);

/// <summary>What the diagnose stage finds: ranked hypotheses per failed check, and a joint diagnosis per problem.</summary>
public sealed record DiagnosisResult(IReadOnlyList<Hypothesis> Hypotheses, IReadOnlyList<ProblemDiagnosis> Problems);

/// <summary>
/// A problem as problems.csv holds it: its findings and figures by id, its kinds of check, and its best joint reading and
/// the runner-up in words (empty when no reading fixes any of its checks).
/// </summary>
public sealed record ProblemRow
{
    public required string Id { get; init; }
    public required CheckStatus Status { get; init; }
    public required IReadOnlyList<string> Findings { get; init; }
    public required IReadOnlyList<int> Mentions { get; init; }
    public required string Kinds { get; init; }
    public string Original { get; init; } = "";
    /// <summary>The mention ids of the figures the best reading changes, in the order of <see cref="Original"/>.</summary>
    public IReadOnlyList<int> BestFigures { get; init; } = [];
    public string Best { get; init; } = "";
    public string BestKind { get; init; } = "";
    /// <summary>How many of the problem's failed checks pass under the best reading.</summary>
    public int? BestFixes { get; init; }
    public required int Checks { get; init; }
    public int? BestBreaks { get; init; }
    public decimal? Score { get; init; }
    public string RunnerUp { get; init; } = "";
    public int? RunnerUpFixes { get; init; }

    public static ProblemRow From(ProblemDiagnosis d) => new()
    {
        Id = d.Problem.Id,
        Status = d.Problem.Status,
        Findings = d.Problem.Findings.Select(f => f.Rule).ToList(),
        Mentions = d.Problem.Mentions,
        Kinds = string.Join(";", d.Problem.Findings.Select(f => f.Kind).Distinct()),
        Original = d.Best?.Original ?? "",
        BestFigures = d.Best?.Readings.Select(r => r.Original.Id).ToList() ?? [],
        Best = d.Best?.Text ?? "",
        BestKind = d.Best?.Kind ?? "",
        BestFixes = d.Best?.Fixes,
        Checks = d.Problem.Findings.Count,
        BestBreaks = d.Best?.Broken,
        Score = d.Best?.Score,
        RunnerUp = d.RunnerUp?.Text ?? "",
        RunnerUpFixes = d.RunnerUp?.Fixes,
    };
}
