using Microsoft.Data.Analysis;
using Stats.Core.Diagnosis;
using Stats.Core.Findings;

namespace Stats.Core.Tables;

/// <summary>The problems of the diagnose stage as a table (problems.csv), and back.</summary>
public static class ProblemTable
{
    private static readonly TableColumn<ProblemRow> Id = TableColumn<ProblemRow>.Text("problem", p => p.Id);
    private static readonly TableColumn<ProblemRow> Status = TableColumn<ProblemRow>.Text("status", p => p.Status.Name());
    private static readonly TableColumn<ProblemRow> Checks = TableColumn<ProblemRow>.Int("checks", p => p.Checks);
    private static readonly TableColumn<ProblemRow> Findings = TableColumn<ProblemRow>.Text("findings", p => string.Join(";", p.Findings));
    private static readonly TableColumn<ProblemRow> Kinds = TableColumn<ProblemRow>.Text("kinds", p => p.Kinds);
    private static readonly TableColumn<ProblemRow> Mentions = TableColumn<ProblemRow>.Text("figures", p => string.Join(";", p.Mentions));
    private static readonly TableColumn<ProblemRow> Original = TableColumn<ProblemRow>.Text("original", p => p.Original);
    private static readonly TableColumn<ProblemRow> BestFigures = TableColumn<ProblemRow>.Text("best_figures", p => string.Join(";", p.BestFigures));
    private static readonly TableColumn<ProblemRow> Best = TableColumn<ProblemRow>.Text("best_reading", p => p.Best);
    private static readonly TableColumn<ProblemRow> BestKind = TableColumn<ProblemRow>.Text("best_kind", p => p.BestKind);
    private static readonly TableColumn<ProblemRow> BestFixes = TableColumn<ProblemRow>.Int("best_fixes", p => p.BestFixes);
    private static readonly TableColumn<ProblemRow> BestBreaks = TableColumn<ProblemRow>.Int("best_breaks", p => p.BestBreaks);
    private static readonly TableColumn<ProblemRow> Score = TableColumn<ProblemRow>.Decimal("score", p => p.Score is { } s ? DecimalText.Normalize(s) : null);
    private static readonly TableColumn<ProblemRow> RunnerUp = TableColumn<ProblemRow>.Text("runner_up", p => p.RunnerUp);
    private static readonly TableColumn<ProblemRow> RunnerUpFixes = TableColumn<ProblemRow>.Int("runner_up_fixes", p => p.RunnerUpFixes);

    private static readonly TableLayout<ProblemRow> Layout =
        new(Id, Status, Checks, Findings, Kinds, Mentions, Original, BestFigures, Best, BestKind, BestFixes, BestBreaks, Score, RunnerUp, RunnerUpFixes);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<ProblemRow> problems) => Layout.ToDataFrame(problems);

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{ProblemRow})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<ProblemRow> problems) => Layout.ToCsv(problems);

    public static IReadOnlyList<ProblemRow> FromDataFrame(DataFrame frame) => Layout.Read(frame, row => new ProblemRow
    {
        Id = row.Text(Id),
        Status = Enum.GetValues<CheckStatus>().Single(s => s.Name() == row.Text(Status)),
        Checks = row.Int(Checks) ?? 0,
        Findings = row.Text(Findings).Split(';', StringSplitOptions.RemoveEmptyEntries),
        Kinds = row.Text(Kinds),
        Mentions = row.Ids(Mentions),
        Original = row.Text(Original),
        BestFigures = row.Ids(BestFigures),
        Best = row.Text(Best),
        BestKind = row.Text(BestKind),
        BestFixes = row.Int(BestFixes),
        BestBreaks = row.Int(BestBreaks),
        Score = row.Decimal(Score),
        RunnerUp = row.Text(RunnerUp),
        RunnerUpFixes = row.Int(RunnerUpFixes),
    });
}
