using Microsoft.Data.Analysis;
using Stats.Core.Checks;
using Stats.Core.Intervals;

namespace Stats.Core.Tables;

/// <summary>The findings of the check stage as a table (findings.csv), and back: the hand-over to diagnose and report.</summary>
public static class FindingTable
{
    /// <summary>The columns of findings.csv, in order, with their types.</summary>
    public static readonly IReadOnlyList<(string Name, Type Type)> Schema =
    [
        ("rule", typeof(string)), ("kind", typeof(string)), ("severity", typeof(string)), ("status", typeof(string)),
        ("evidence", typeof(string)), ("expected", typeof(string)), ("observed", typeof(string)), ("margin", typeof(decimal)),
        ("message", typeof(string)), ("source", typeof(string)), ("label", typeof(string)), ("mentions", typeof(string)),
    ];

    public static DataFrame ToDataFrame(IReadOnlyList<Finding> findings)
    {
        var n = findings.Count;
        var rule = new StringDataFrameColumn("rule", n);
        var kind = new StringDataFrameColumn("kind", n);
        var severity = new StringDataFrameColumn("severity", n);
        var status = new StringDataFrameColumn("status", n);
        var evidence = new StringDataFrameColumn("evidence", n);
        var expected = new StringDataFrameColumn("expected", n);
        var observed = new StringDataFrameColumn("observed", n);
        var margin = new DecimalDataFrameColumn("margin", n);
        var message = new StringDataFrameColumn("message", n);
        var source = new StringDataFrameColumn("source", n);
        var label = new StringDataFrameColumn("label", n);
        var mentions = new StringDataFrameColumn("mentions", n);
        for (var i = 0; i < n; i++)
        {
            var f = findings[i];
            rule[i] = f.Rule;
            kind[i] = f.Kind;
            severity[i] = f.Severity.Name();
            status[i] = f.Status.Name();
            evidence[i] = f.Evidence;
            expected[i] = IntervalText.Format(f.Expected);
            observed[i] = IntervalText.Format(f.Observed);
            margin[i] = f.Margin is { } g ? DecimalText.Margin(g) : null;
            message[i] = f.Message;
            source[i] = f.Source;
            label[i] = f.Label;
            mentions[i] = string.Join(";", f.Mentions);
        }
        return new DataFrame(rule, kind, severity, status, evidence, expected, observed, margin, message, source, label, mentions);
    }

    public static IReadOnlyList<Finding> FromDataFrame(DataFrame frame)
    {
        var c = Schema.ToDictionary(s => s.Name, s => frame.Columns[s.Name]);
        string S(string name, long row) => (string?)c[name][row] ?? "";
        var findings = new List<Finding>((int)frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            findings.Add(new Finding
            {
                Rule = S("rule", i),
                Kind = S("kind", i),
                Severity = Enum.Parse<Severity>(S("severity", i), ignoreCase: true),
                Status = Enum.GetValues<CheckStatus>().Single(s => s.Name() == S("status", i)),
                Evidence = S("evidence", i),
                Expected = IntervalText.Parse(S("expected", i)),
                Observed = IntervalText.Parse(S("observed", i)),
                Margin = (decimal?)c["margin"][i],
                Message = S("message", i),
                Source = S("source", i),
                Label = S("label", i),
                Mentions = S("mentions", i).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
            });
        }
        return findings;
    }
}
