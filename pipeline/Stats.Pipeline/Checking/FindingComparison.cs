using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Reporting.Notebooks;

namespace Stats.Pipeline.Checking;

/// <summary>
/// The notebook's last cell: the findings it recomputed against the pipeline's findings.csv, field by field. Any difference
/// means the notebook does not reproduce the pipeline, and the cell throws so a headless run exits 2.
/// </summary>
public static class FindingComparison
{
    /// <summary>One line per difference; empty when every finding matches in order.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<Finding> published, IReadOnlyList<Finding> recomputed)
    {
        var differences = new List<string>();
        if (published.Count != recomputed.Count)
            differences.Add($"findings.csv has {published.Count} findings, the notebook recomputed {recomputed.Count}.");
        for (var i = 0; i < Math.Min(published.Count, recomputed.Count); i++)
        {
            var (p, r) = (published[i], recomputed[i]);
            foreach (var (field, a, b) in Fields(p, r))
                if (!string.Equals(a, b, StringComparison.Ordinal))
                    differences.Add($"finding {i + 1} ({p.Rule}): {field} is '{a}' in findings.csv but '{b}' recomputed.");
        }
        return differences;
    }

    /// <summary>Throws with every difference listed, so the failing cell says what differs.</summary>
    public static void AssertSame(IReadOnlyList<Finding> published, IReadOnlyList<Finding> recomputed)
    {
        var differences = Differences(published, recomputed);
        if (differences.Count > 0)
            throw new InvalidOperationException("The notebook does not reproduce findings.csv:\n" + string.Join("\n", differences));
    }

    // Values are compared as findings.csv writes them: intervals and margins at the precision the hand-over keeps.
    private static IEnumerable<(string Field, string Published, string Recomputed)> Fields(Finding p, Finding r)
    {
        yield return ("rule", p.Rule, r.Rule);
        yield return ("kind", p.Kind, r.Kind);
        yield return ("severity", p.Severity.Name(), r.Severity.Name());
        yield return ("status", p.Status.Name(), r.Status.Name());
        yield return ("evidence", p.Evidence, r.Evidence);
        yield return ("expected", IntervalText.Format(p.Expected), IntervalText.Format(r.Expected));
        yield return ("observed", IntervalText.Format(p.Observed), IntervalText.Format(r.Observed));
        yield return ("margin", Margin(p), Margin(r));
        yield return ("mentions", string.Join(";", p.Mentions), string.Join(";", r.Mentions));
        yield return ("label", p.Label, r.Label);
        yield return ("message", p.Message, r.Message);
        yield return ("source", FindingHtml.SourceName(p.Origin), FindingHtml.SourceName(r.Origin));
    }

    private static string Margin(Finding f) => f.Margin is { } m ? DecimalText.Format(DecimalText.Margin(m)) : "";
}
