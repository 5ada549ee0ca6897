using Microsoft.Data.Analysis;
using Stats.Core.Statements;

namespace Stats.Core.Tables;

/// <summary>One row of statements.csv: a figure with the indicator, role and links the checks read from it.</summary>
public sealed record StatementRow(int Mention, string Text, string Subject, string Indicator, string Adds, string Role, int? Period,
    string Basis, int? LinkedTo, int? PartOf)
{
    public static StatementRow Of(Statement s) => new(s.Figure.Id, s.Figure.Text, s.Figure.Subject, s.Indicator.Name,
        s.Indicator.Adds == Additivity.Unknown ? "" : s.Indicator.Adds.Name(), s.Role.ToString().ToLowerInvariant(), s.Figure.Period,
        s.Figure.Basis == Extraction.Basis.Unknown ? "" : s.Figure.Basis.ToString().ToLowerInvariant(), s.LinkedTo, s.PartOf);
}

/// <summary>statements.csv, and back: the links the checks rely on, for the report page and for a reviewer.</summary>
public static class StatementTable
{
    private static readonly TableColumn<StatementRow> Mention = TableColumn<StatementRow>.Int("mention", s => s.Mention);
    private static readonly TableColumn<StatementRow> Text = TableColumn<StatementRow>.Text("text", s => s.Text);
    private static readonly TableColumn<StatementRow> Subject = TableColumn<StatementRow>.Text("subject", s => s.Subject);
    private static readonly TableColumn<StatementRow> Indicator = TableColumn<StatementRow>.Text("indicator", s => s.Indicator);
    private static readonly TableColumn<StatementRow> Adds = TableColumn<StatementRow>.Text("adds", s => s.Adds);
    private static readonly TableColumn<StatementRow> Role = TableColumn<StatementRow>.Text("role", s => s.Role);
    private static readonly TableColumn<StatementRow> Period = TableColumn<StatementRow>.Int("period", s => s.Period);
    private static readonly TableColumn<StatementRow> Basis = TableColumn<StatementRow>.Text("basis", s => s.Basis);
    private static readonly TableColumn<StatementRow> LinkedTo = TableColumn<StatementRow>.Int("linked_to", s => s.LinkedTo);
    private static readonly TableColumn<StatementRow> PartOf = TableColumn<StatementRow>.Int("part_of", s => s.PartOf);

    private static readonly TableLayout<StatementRow> Layout = new(Mention, Text, Subject, Indicator, Adds, Role, Period, Basis, LinkedTo, PartOf);

    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<Statement> statements) => Layout.ToDataFrame(statements.Select(StatementRow.Of).ToList());

    /// <summary>The table's CSV bytes, as CsvFile writes its <see cref="ToDataFrame(IReadOnlyList{Statement})"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<Statement> statements) => Layout.ToCsv(statements.Select(StatementRow.Of).ToList());

    public static IReadOnlyList<StatementRow> FromDataFrame(DataFrame frame) => Layout.Read(frame, row => new StatementRow(
        row.Int(Mention) ?? 0, row.Text(Text), row.Text(Subject), row.Text(Indicator), row.Text(Adds), row.Text(Role),
        row.Int(Period), row.Text(Basis), row.Int(LinkedTo), row.Int(PartOf)));
}
