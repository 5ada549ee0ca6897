using Microsoft.Data.Analysis;
using Stats.Core.Diagnosis;

namespace Stats.Core.Tables;

/// <summary>The hypotheses of the diagnose stage as a table (hypotheses.csv), and back.</summary>
public static class HypothesisTable
{
    private static readonly TableColumn<Hypothesis> Rule = TableColumn<Hypothesis>.Text("rule", h => h.Rule);
    private static readonly TableColumn<Hypothesis> Rank = TableColumn<Hypothesis>.Int("rank", h => h.Rank);
    private static readonly TableColumn<Hypothesis> Mentions = TableColumn<Hypothesis>.Text("figure", h => string.Join(";", h.Mentions));
    private static readonly TableColumn<Hypothesis> Original = TableColumn<Hypothesis>.Text("original", h => h.Original);
    private static readonly TableColumn<Hypothesis> Reading = TableColumn<Hypothesis>.Text("hypothesis", h => h.Reading);
    private static readonly TableColumn<Hypothesis> Kind = TableColumn<Hypothesis>.Text("kind", h => h.Kind);
    private static readonly TableColumn<Hypothesis> ChecksFixed = TableColumn<Hypothesis>.Int("checks_fixed", h => h.ChecksFixed);
    private static readonly TableColumn<Hypothesis> ChecksBroken = TableColumn<Hypothesis>.Int("checks_broken", h => h.ChecksBroken);
    private static readonly TableColumn<Hypothesis> Score = TableColumn<Hypothesis>.Decimal("score", h => DecimalText.Normalize(h.Score));
    private static readonly TableColumn<Hypothesis> Explanation = TableColumn<Hypothesis>.Text("explanation", h => h.Explanation);

    private static readonly TableLayout<Hypothesis> Layout =
        new(Rule, Rank, Mentions, Original, Reading, Kind, ChecksFixed, ChecksBroken, Score, Explanation);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<Hypothesis> hypotheses) => Layout.ToDataFrame(hypotheses);

    public static IReadOnlyList<Hypothesis> FromDataFrame(DataFrame frame) => Layout.Read(frame, row => new Hypothesis
    {
        Rule = row.Text(Rule),
        Rank = row.Int(Rank) ?? 0,
        Mentions = row.Ids(Mentions),
        Original = row.Text(Original),
        Reading = row.Text(Reading),
        Kind = row.Text(Kind),
        ChecksFixed = row.Int(ChecksFixed) ?? 0,
        ChecksBroken = row.Int(ChecksBroken) ?? 0,
        Score = row.Decimal(Score) ?? 0m,
        Explanation = row.Text(Explanation),
    });
}
