using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Core.Tables;

/// <summary>The mentions of a report as a table (mentions.csv), and back: the extract stage's hand-over to later stages.</summary>
public static class MentionTable
{
    // A mention with the text it came from, for its line and column. Sentences are not repeated per mention (their span is):
    // a sentence of n figures would otherwise be written n times, and the file would grow with the square of its length.
    private sealed record Row(Mention M, ReportText Report)
    {
        public (int Line, int Column) Position => Report.Position(M.Span.Start);
    }

    private static readonly TableColumn<Row> Id = TableColumn<Row>.Int("id", r => r.M.Id);
    private static readonly TableColumn<Row> Start = TableColumn<Row>.Int("start", r => r.M.Span.Start);
    private static readonly TableColumn<Row> End = TableColumn<Row>.Int("end", r => r.M.Span.End);
    private static readonly TableColumn<Row> Line = TableColumn<Row>.Int("line", r => r.Position.Line);
    private static readonly TableColumn<Row> Column = TableColumn<Row>.Int("column", r => r.Position.Column);
    private static readonly TableColumn<Row> Text = TableColumn<Row>.Text("text", r => r.M.Text);
    private static readonly TableColumn<Row> Kind = TableColumn<Row>.Text("kind", r => r.M.Kind.Name());
    private static readonly TableColumn<Row> Number = TableColumn<Row>.Text("number", r => r.M.Number);
    private static readonly TableColumn<Row> Value = TableColumn<Row>.Decimal("value", r => r.M.Value is { } v ? DecimalText.Normalize(v) : null);
    private static readonly TableColumn<Row> Unit = TableColumn<Row>.Text("unit", r => r.M.Unit);
    private static readonly TableColumn<Row> UnitInferred = TableColumn<Row>.Text("unit_inferred", r => r.M.UnitInferred ? "true" : "");
    private static readonly TableColumn<Row> Dimension = TableColumn<Row>.Text("dimension",
        r => r.M.Dimension == Extraction.Dimension.None ? "" : r.M.Dimension.ToString().ToLowerInvariant());
    private static readonly TableColumn<Row> Multiplier = TableColumn<Row>.Decimal("multiplier", r => DecimalText.Normalize(r.M.Multiplier));
    private static readonly TableColumn<Row> Qualifier = TableColumn<Row>.Text("qualifier", r => r.M.Qualifier);
    private static readonly TableColumn<Row> Decimals = TableColumn<Row>.Int("decimals", r => r.M.Decimals);
    private static readonly TableColumn<Row> Role = TableColumn<Row>.Text("role", r => r.M.IsFigure ? r.M.Role.ToString().ToLowerInvariant() : "");
    private static readonly TableColumn<Row> Sign = TableColumn<Row>.Int("sign", r => r.M.Sign);
    private static readonly TableColumn<Row> LinkedTo = TableColumn<Row>.Int("linked_to", r => r.M.LinkedTo);
    private static readonly TableColumn<Row> Period = TableColumn<Row>.Int("period", r => r.M.Period);
    private static readonly TableColumn<Row> Basis = TableColumn<Row>.Text("basis",
        r => r.M.Basis == Extraction.Basis.Unknown ? "" : r.M.Basis.ToString().ToLowerInvariant());
    private static readonly TableColumn<Row> Subject = TableColumn<Row>.Text("subject", r => r.M.Subject);
    private static readonly TableColumn<Row> Section = TableColumn<Row>.Text("section", r => r.M.Section);
    private static readonly TableColumn<Row> SentenceStart = TableColumn<Row>.Int("sentence_start", r => r.M.Sentence.Start);
    private static readonly TableColumn<Row> SentenceEnd = TableColumn<Row>.Int("sentence_end", r => r.M.Sentence.End);

    private static readonly TableLayout<Row> Layout = new(Id, Start, End, Line, Column, Text, Kind, Number, Value, Unit, UnitInferred, Dimension,
        Multiplier, Qualifier, Decimals, Role, Sign, LinkedTo, Period, Basis, Subject, Section, SentenceStart, SentenceEnd);

    /// <summary>The columns of mentions.csv, in order, with their types (LoadCsv must be given them, or it guesses Single).</summary>
    public static IReadOnlyList<(string Name, Type Type)> Schema => Layout.Schema;

    public static DataFrame ToDataFrame(IReadOnlyList<Mention> mentions, ReportText report) =>
        Layout.ToDataFrame(mentions.Select(m => new Row(m, report)).ToList());

    /// <summary>mentions.csv's bytes, as CsvFile writes its <see cref="ToDataFrame"/>.</summary>
    public static byte[] ToCsv(IReadOnlyList<Mention> mentions, ReportText report) =>
        Layout.ToCsv(mentions.Select(m => new Row(m, report)).ToList());

    /// <summary>Reads mentions back from a table written by <see cref="ToDataFrame"/>.</summary>
    public static IReadOnlyList<Mention> FromDataFrame(DataFrame frame) => Layout.Read(frame, row =>
    {
        var role = row.Text(Role);
        var basis = row.Text(Basis);
        return new Mention
        {
            Id = row.Int(Id)!.Value,
            Span = new TextSpan(row.Int(Start)!.Value, row.Int(End)!.Value),
            Text = row.Text(Text),
            Kind = MentionKinds.Parse(row.Text(Kind)),
            Number = row.Text(Number),
            Value = row.Decimal(Value),
            Unit = row.Text(Unit),
            UnitInferred = row.Text(UnitInferred) == "true",
            Multiplier = row.Decimal(Multiplier) ?? 1m,
            Dimension = row.Text(Dimension) is { Length: > 0 } d ? Enum.Parse<Extraction.Dimension>(d, ignoreCase: true) : Extraction.Dimension.None,
            Qualifier = row.Text(Qualifier),
            Decimals = row.Int(Decimals) ?? 0,
            Role = role.Length == 0 ? Extraction.Role.Level : Enum.Parse<Extraction.Role>(role, ignoreCase: true),
            Sign = row.Int(Sign) ?? 1,
            LinkedTo = row.Int(LinkedTo),
            Period = row.Int(Period),
            Basis = basis.Length == 0 ? Extraction.Basis.Unknown : Enum.Parse<Extraction.Basis>(basis, ignoreCase: true),
            Subject = row.Text(Subject),
            Section = row.Text(Section),
            Sentence = new TextSpan(row.Int(SentenceStart)!.Value, row.Int(SentenceEnd)!.Value),
        };
    });
}
