using Microsoft.Data.Analysis;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Core.Tables;

/// <summary>The mentions of a report as a table (mentions.csv), and back: the extract stage's hand-over to later stages.</summary>
public static class MentionTable
{
    /// <summary>The columns of mentions.csv, in order, with their types (LoadCsv must be given them, or it guesses Single).</summary>
    public static readonly IReadOnlyList<(string Name, Type Type)> Schema =
    [
        ("id", typeof(int)), ("start", typeof(int)), ("end", typeof(int)), ("line", typeof(int)), ("column", typeof(int)),
        ("text", typeof(string)), ("kind", typeof(string)), ("number", typeof(string)), ("value", typeof(decimal)), ("unit", typeof(string)),
        ("dimension", typeof(string)), ("multiplier", typeof(decimal)), ("qualifier", typeof(string)), ("decimals", typeof(int)),
        ("role", typeof(string)), ("sign", typeof(int)), ("linked_to", typeof(int)), ("period", typeof(int)), ("basis", typeof(string)),
        ("subject", typeof(string)), ("section", typeof(string)), ("sentence_start", typeof(int)), ("sentence_end", typeof(int)),
        ("sentence", typeof(string)),
    ];

    public static DataFrame ToDataFrame(IReadOnlyList<Mention> mentions, ReportText report)
    {
        var n = mentions.Count;
        var id = new Int32DataFrameColumn("id", n);
        var start = new Int32DataFrameColumn("start", n);
        var end = new Int32DataFrameColumn("end", n);
        var line = new Int32DataFrameColumn("line", n);
        var column = new Int32DataFrameColumn("column", n);
        var text = new StringDataFrameColumn("text", n);
        var kind = new StringDataFrameColumn("kind", n);
        var number = new StringDataFrameColumn("number", n);
        var value = new DecimalDataFrameColumn("value", n);
        var unit = new StringDataFrameColumn("unit", n);
        var dimension = new StringDataFrameColumn("dimension", n);
        var multiplier = new DecimalDataFrameColumn("multiplier", n);
        var qualifier = new StringDataFrameColumn("qualifier", n);
        var decimals = new Int32DataFrameColumn("decimals", n);
        var role = new StringDataFrameColumn("role", n);
        var sign = new Int32DataFrameColumn("sign", n);
        var linkedTo = new Int32DataFrameColumn("linked_to", n);
        var period = new Int32DataFrameColumn("period", n);
        var basis = new StringDataFrameColumn("basis", n);
        var subject = new StringDataFrameColumn("subject", n);
        var section = new StringDataFrameColumn("section", n);
        var sentenceStart = new Int32DataFrameColumn("sentence_start", n);
        var sentenceEnd = new Int32DataFrameColumn("sentence_end", n);
        var sentence = new StringDataFrameColumn("sentence", n);
        for (var i = 0; i < n; i++)
        {
            var m = mentions[i];
            var (l, c) = report.Position(m.Span.Start);
            id[i] = m.Id;
            start[i] = m.Span.Start;
            end[i] = m.Span.End;
            line[i] = l;
            column[i] = c;
            text[i] = m.Text;
            kind[i] = m.Kind.Name();
            number[i] = m.Number;
            value[i] = m.Value is { } v ? DecimalText.Normalize(v) : null;
            unit[i] = m.Unit;
            dimension[i] = m.Dimension == Dimension.None ? "" : m.Dimension.ToString().ToLowerInvariant();
            multiplier[i] = DecimalText.Normalize(m.Multiplier);
            qualifier[i] = m.Qualifier;
            decimals[i] = m.Decimals;
            role[i] = m.IsFigure ? m.Role.ToString().ToLowerInvariant() : "";
            sign[i] = m.Sign;
            linkedTo[i] = m.LinkedTo;
            period[i] = m.Period;
            basis[i] = m.Basis == Basis.Unknown ? "" : m.Basis.ToString().ToLowerInvariant();
            subject[i] = m.Subject;
            section[i] = m.Section;
            sentenceStart[i] = m.Sentence.Start;
            sentenceEnd[i] = m.Sentence.End;
            sentence[i] = report.Slice(m.Sentence);
        }
        return new DataFrame(id, start, end, line, column, text, kind, number, value, unit, dimension, multiplier, qualifier, decimals,
            role, sign, linkedTo, period, basis, subject, section, sentenceStart, sentenceEnd, sentence);
    }

    /// <summary>Reads mentions back from a table written by <see cref="ToDataFrame"/>.</summary>
    public static IReadOnlyList<Mention> FromDataFrame(DataFrame frame)
    {
        var mentions = new List<Mention>((int)frame.Rows.Count);
        var columns = Schema.ToDictionary(c => c.Name, c => frame.Columns[c.Name]);
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var kind = MentionKinds.Parse(Str(columns["kind"], i));
            var roleText = Str(columns["role"], i);
            var basisText = Str(columns["basis"], i);
            mentions.Add(new Mention
            {
                Id = (int)columns["id"][i],
                Span = new TextSpan((int)columns["start"][i], (int)columns["end"][i]),
                Text = Str(columns["text"], i),
                Kind = kind,
                Number = Str(columns["number"], i),
                Value = (decimal?)columns["value"][i],
                Unit = Str(columns["unit"], i),
                Multiplier = (decimal?)columns["multiplier"][i] ?? 1m,
                Dimension = Str(columns["dimension"], i) is { Length: > 0 } d ? Enum.Parse<Dimension>(d, ignoreCase: true) : Dimension.None,
                Qualifier = Str(columns["qualifier"], i),
                Decimals = (int)columns["decimals"][i],
                Role = roleText.Length == 0 ? Role.Level : Enum.Parse<Role>(roleText, ignoreCase: true),
                Sign = (int?)columns["sign"][i] ?? 1,
                LinkedTo = (int?)columns["linked_to"][i],
                Period = (int?)columns["period"][i],
                Basis = basisText.Length == 0 ? Basis.Unknown : Enum.Parse<Basis>(basisText, ignoreCase: true),
                Subject = Str(columns["subject"], i),
                Section = Str(columns["section"], i),
                Sentence = new TextSpan((int)columns["sentence_start"][i], (int)columns["sentence_end"][i]),
            });
        }
        return mentions;
    }

    private static string Str(DataFrameColumn column, long row) => (string?)column[row] ?? "";
}
