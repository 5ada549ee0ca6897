using Microsoft.Data.Analysis;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Tables;

/// <summary>The findings of the check stage as a table (findings.csv), and back: the hand-over to diagnose and report.</summary>
public static class FindingTable
{
    private static readonly TableColumn<Finding> Rule = TableColumn<Finding>.Text("rule", f => f.Rule);
    private static readonly TableColumn<Finding> Kind = TableColumn<Finding>.Text("kind", f => f.Kind);
    private static readonly TableColumn<Finding> Severity = TableColumn<Finding>.Text("severity", f => f.Severity.Name());
    private static readonly TableColumn<Finding> Status = TableColumn<Finding>.Text("status", f => f.Status.Name());
    private static readonly TableColumn<Finding> Evidence = TableColumn<Finding>.Text("evidence", f => f.Evidence);
    private static readonly TableColumn<Finding> Expected = TableColumn<Finding>.Text("expected", f => IntervalText.Format(f.Expected));
    private static readonly TableColumn<Finding> Observed = TableColumn<Finding>.Text("observed", f => IntervalText.Format(f.Observed));
    private static readonly TableColumn<Finding> Margin = TableColumn<Finding>.Decimal("margin", f => f.Margin is { } g ? DecimalText.Margin(g) : null);
    private static readonly TableColumn<Finding> Message = TableColumn<Finding>.Text("message", f => f.Message);
    private static readonly TableColumn<Finding> Source = TableColumn<Finding>.Text("source", f => f.Origin.ToString());
    private static readonly TableColumn<Finding> Label = TableColumn<Finding>.Text("label", f => f.Label);
    private static readonly TableColumn<Finding> Mentions = TableColumn<Finding>.Text("mentions", f => string.Join(";", f.Mentions));
    private static readonly TableColumn<Finding> Unit = TableColumn<Finding>.Text("unit", f => f.Unit);
    private static readonly TableColumn<Finding> MarginUnit = TableColumn<Finding>.Text("margin_unit", f => f.Margin is null ? "" : f.MarginUnit);
    private static readonly TableColumn<Finding> CorroboratedBy = TableColumn<Finding>.Text("corroborated_by", f => string.Join(";", f.CorroboratedBy));

    // The ends of the printed intervals as numbers, for spreadsheets and data frames; empty for an open end. Derived, never read back.
    private static readonly TableColumn<Finding> ExpectedLow = TableColumn<Finding>.Decimal("expected_lo", f => End(f.Expected, lower: true));
    private static readonly TableColumn<Finding> ExpectedHigh = TableColumn<Finding>.Decimal("expected_hi", f => End(f.Expected, lower: false));
    private static readonly TableColumn<Finding> ObservedLow = TableColumn<Finding>.Decimal("observed_lo", f => End(f.Observed, lower: true));
    private static readonly TableColumn<Finding> ObservedHigh = TableColumn<Finding>.Decimal("observed_hi", f => End(f.Observed, lower: false));

    private static readonly TableLayout<Finding> Layout =
        new(Rule, Kind, Severity, Status, Evidence, Expected, ExpectedLow, ExpectedHigh, Observed, ObservedLow, ObservedHigh, Unit, Margin, MarginUnit, Message, Source, Label, Mentions, CorroboratedBy);

    /// <summary>An end of an interval as a person reads it (at most eight significant digits, widened outward), or null when open.</summary>
    public static decimal? End(Interval? interval, bool lower)
    {
        if (interval is null) return null;
        var shown = IntervalText.Outward(interval, 8);
        return (lower ? shown.Lower : shown.Upper) is { } end ? DecimalText.Normalize(end) : null;
    }

    /// <summary>The columns of findings.csv, in order, with their types.</summary>
    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<Finding> findings) => Layout.ToDataFrame(findings);

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{Finding})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<Finding> findings) => Layout.ToCsv(findings);

    public static IReadOnlyList<Finding> FromDataFrame(DataFrame frame) => Layout.Read(frame, row => new Finding
    {
        Rule = row.Text(Rule),
        Kind = row.Text(Kind),
        Severity = Enum.Parse<Severity>(row.Text(Severity), ignoreCase: true),
        Status = Enum.GetValues<CheckStatus>().Single(s => s.Name() == row.Text(Status)),
        Evidence = row.Text(Evidence),
        Expected = IntervalText.Parse(row.Text(Expected)),
        Observed = IntervalText.Parse(row.Text(Observed)),
        Margin = row.Decimal(Margin),
        Message = row.Text(Message),
        Origin = FindingOrigin.Parse(row.Text(Source)),
        Label = row.Text(Label),
        Mentions = row.Ids(Mentions),
        CorroboratedBy = row.Text(CorroboratedBy).Split(';', StringSplitOptions.RemoveEmptyEntries),
        Unit = row.Text(Unit),
    });
}
