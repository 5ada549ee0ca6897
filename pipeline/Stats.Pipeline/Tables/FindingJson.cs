using System.Text.Encodings.Web;
using System.Text.Json;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;

namespace Stats.Pipeline.Tables;

/// <summary>findings.json: the findings of findings.csv as a JSON array, for tools that read JSON rather than CSV.</summary>
public static class FindingJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IEnumerable<Finding> findings) => JsonSerializer.Serialize(findings.Select(ToJson), Json) + "\n";

    private static object ToJson(Finding f) => new
    {
        rule = f.Rule,
        kind = f.Kind,
        severity = f.Severity.Name(),
        status = f.Status.Name(),
        label = f.Label,
        evidence = f.Evidence,
        mentions = f.Mentions,
        expected = IntervalText.Format(f.Expected),
        expected_lo = FindingTable.End(f.Expected, lower: true),
        expected_hi = FindingTable.End(f.Expected, lower: false),
        observed = IntervalText.Format(f.Observed),
        observed_lo = FindingTable.End(f.Observed, lower: true),
        observed_hi = FindingTable.End(f.Observed, lower: false),
        unit = f.Unit,
        margin = f.Margin is { } m ? DecimalText.Margin(m) : (decimal?)null,
        margin_unit = f.Margin is null ? "" : f.MarginUnit,
        message = f.Message,
        source = f.Origin.ToString(),
        corroborated_by = f.CorroboratedBy,
    };
}
