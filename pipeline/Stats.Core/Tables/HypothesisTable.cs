using Microsoft.Data.Analysis;
using Stats.Core.Diagnosis;

namespace Stats.Core.Tables;

/// <summary>The hypotheses of the diagnose stage as a table (hypotheses.csv), and back.</summary>
public static class HypothesisTable
{
    public static readonly IReadOnlyList<(string Name, Type Type)> Schema =
    [
        ("rule", typeof(string)), ("rank", typeof(int)), ("figure", typeof(string)), ("original", typeof(string)),
        ("hypothesis", typeof(string)), ("kind", typeof(string)), ("checks_fixed", typeof(int)), ("checks_broken", typeof(int)),
        ("score", typeof(decimal)), ("explanation", typeof(string)),
    ];

    public static DataFrame ToDataFrame(IReadOnlyList<Hypothesis> hypotheses)
    {
        var n = hypotheses.Count;
        var rule = new StringDataFrameColumn("rule", n);
        var rank = new Int32DataFrameColumn("rank", n);
        var figure = new StringDataFrameColumn("figure", n);
        var original = new StringDataFrameColumn("original", n);
        var reading = new StringDataFrameColumn("hypothesis", n);
        var kind = new StringDataFrameColumn("kind", n);
        var fixedCount = new Int32DataFrameColumn("checks_fixed", n);
        var broken = new Int32DataFrameColumn("checks_broken", n);
        var score = new DecimalDataFrameColumn("score", n);
        var explanation = new StringDataFrameColumn("explanation", n);
        for (var i = 0; i < n; i++)
        {
            var h = hypotheses[i];
            rule[i] = h.Rule;
            rank[i] = h.Rank;
            figure[i] = string.Join(";", h.Mentions);
            original[i] = h.Original;
            reading[i] = h.Reading;
            kind[i] = h.Kind;
            fixedCount[i] = h.ChecksFixed;
            broken[i] = h.ChecksBroken;
            score[i] = DecimalText.Normalize(h.Score);
            explanation[i] = h.Explanation;
        }
        return new DataFrame(rule, rank, figure, original, reading, kind, fixedCount, broken, score, explanation);
    }

    public static IReadOnlyList<Hypothesis> FromDataFrame(DataFrame frame)
    {
        var c = Schema.ToDictionary(s => s.Name, s => frame.Columns[s.Name]);
        string S(string name, long row) => (string?)c[name][row] ?? "";
        var list = new List<Hypothesis>((int)frame.Rows.Count);
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            list.Add(new Hypothesis
            {
                Rule = S("rule", i),
                Rank = (int)c["rank"][i],
                Mentions = S("figure", i).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
                Original = S("original", i),
                Reading = S("hypothesis", i),
                Kind = S("kind", i),
                ChecksFixed = (int)c["checks_fixed"][i],
                ChecksBroken = (int)c["checks_broken"][i],
                Score = (decimal)c["score"][i],
                Explanation = S("explanation", i),
            });
        }
        return list;
    }
}
