using Microsoft.Data.Analysis;
using Stats.Core.Diagnosis;

namespace Stats.Core.Tables;

/// <summary>The hypotheses of the diagnose stage as a table (hypotheses.csv), and back.</summary>
public static class HypothesisTable
{
    private static readonly TableColumn<Hypothesis> Rule = TableColumn<Hypothesis>.Text("rule", h => h.Rule);
    private static readonly TableColumn<Hypothesis> Rank = TableColumn<Hypothesis>.Int("rank", h => h.Rank);
    private static readonly TableColumn<Hypothesis> Mentions = TableColumn<Hypothesis>.Text("mentions", h => string.Join(";", h.Mentions));
    private static readonly TableColumn<Hypothesis> Original = TableColumn<Hypothesis>.Text("original", h => h.Original);
    private static readonly TableColumn<Hypothesis> Reading = TableColumn<Hypothesis>.Text("hypothesis", h => h.Reading);

    // The reading of each changed mention as a quantity, ';'-separated in the order of the mentions column.
    private static readonly TableColumn<Hypothesis> ReadValues = TableColumn<Hypothesis>.Text("reading_value",
        h => string.Join(";", h.Readings.Select(r => r.Value is { } v ? DecimalText.Format(v) : "")));
    private static readonly TableColumn<Hypothesis> ReadUnits = TableColumn<Hypothesis>.Text("reading_unit", h => string.Join(";", h.Readings.Select(r => r.Unit)));
    private static readonly TableColumn<Hypothesis> ReadMultipliers = TableColumn<Hypothesis>.Text("reading_multiplier",
        h => string.Join(";", h.Readings.Select(r => DecimalText.Format(r.Multiplier))));
    private static readonly TableColumn<Hypothesis> Kind = TableColumn<Hypothesis>.Text("kind", h => h.Kind);
    private static readonly TableColumn<Hypothesis> ChecksFixed = TableColumn<Hypothesis>.Int("checks_fixed", h => h.ChecksFixed);
    private static readonly TableColumn<Hypothesis> ChecksBroken = TableColumn<Hypothesis>.Int("checks_broken", h => h.ChecksBroken);
    private static readonly TableColumn<Hypothesis> Score = TableColumn<Hypothesis>.Decimal("score", h => DecimalText.Normalize(h.Score));
    private static readonly TableColumn<Hypothesis> Explanation = TableColumn<Hypothesis>.Text("explanation", h => h.Explanation);

    private static readonly TableLayout<Hypothesis> Layout =
        new(Rule, Rank, Mentions, Original, Reading, ReadValues, ReadUnits, ReadMultipliers, Kind, ChecksFixed, ChecksBroken, Score, Explanation);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<Hypothesis> hypotheses) => Layout.ToDataFrame(hypotheses);

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{Hypothesis})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<Hypothesis> hypotheses) => Layout.ToCsv(hypotheses);

    public static IReadOnlyList<Hypothesis> FromDataFrame(DataFrame frame) => Layout.Read(frame, row => new Hypothesis
    {
        Rule = row.Text(Rule),
        Rank = row.Int(Rank) ?? 0,
        Mentions = row.Ids(Mentions),
        Original = row.Text(Original),
        Reading = row.Text(Reading),
        Readings = ReadingsOf(row.Ids(Mentions), row.Text(ReadValues), row.Text(ReadUnits), row.Text(ReadMultipliers)),
        Kind = row.Text(Kind),
        ChecksFixed = row.Int(ChecksFixed) ?? 0,
        ChecksBroken = row.Int(ChecksBroken) ?? 0,
        Score = row.Decimal(Score) ?? 0m,
        Explanation = row.Text(Explanation),
    });

    private static IReadOnlyList<FigureReading> ReadingsOf(IReadOnlyList<int> mentions, string values, string units, string multipliers)
    {
        var (v, u, m) = (values.Split(';'), units.Split(';'), multipliers.Split(';'));
        if (mentions.Count == 0) return [];
        if (v.Length != mentions.Count || u.Length != mentions.Count || m.Length != mentions.Count)
            throw new FormatException($"hypotheses.csv: {mentions.Count} mentions but {v.Length} reading values, {u.Length} units and {m.Length} multipliers");
        return mentions.Select((id, i) => new FigureReading(id, v[i].Length == 0 ? null : DecimalText.Parse(v[i]), u[i], DecimalText.Parse(m[i]))).ToList();
    }
}
