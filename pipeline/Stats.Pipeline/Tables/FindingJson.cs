using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;

namespace Stats.Pipeline.Tables;

/// <summary>findings.json: the findings of findings.csv as a JSON array, for tools that read JSON rather than CSV.</summary>
public static class FindingJson
{
    // Written field by field with the writer the serializer itself uses, in the same layout: serializing anonymous objects
    // built the serializer's reflection metadata on every run, a tenth of a short `stats run --until check`.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(IEnumerable<Finding> findings) => System.Text.Encoding.UTF8.GetString(ToBytes(findings));

    /// <summary>findings.json's bytes: UTF-8 without BOM, LF line endings, a final line feed.</summary>
    public static byte[] ToBytes(IEnumerable<Finding> findings)
    {
        // A finding takes about a kilobyte: the buffer is sized once rather than grown while writing.
        var buffer = new ArrayBufferWriter<byte>(findings.TryGetNonEnumeratedCount(out var count) ? 1024 * (count + 1) : 16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var f in findings) Write(json, f);
            json.WriteEndArray();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.Rule);
        json.WriteString("kind", f.Kind);
        json.WriteString("severity", f.Severity.Name());
        json.WriteString("status", f.Status.Name());
        json.WriteString("label", f.Label);
        json.WriteString("evidence", f.Evidence);
        json.WriteStartArray("mentions");
        foreach (var id in f.Mentions) json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteString("expected", IntervalText.Format(f.Expected));
        Number(json, "expected_lo", FindingTable.End(f.Expected, lower: true));
        Number(json, "expected_hi", FindingTable.End(f.Expected, lower: false));
        json.WriteString("observed", IntervalText.Format(f.Observed));
        Number(json, "observed_lo", FindingTable.End(f.Observed, lower: true));
        Number(json, "observed_hi", FindingTable.End(f.Observed, lower: false));
        json.WriteString("unit", f.Unit);
        Number(json, "margin", f.Margin is { } m ? DecimalText.Margin(m) : null);
        json.WriteString("margin_unit", f.Margin is null ? "" : f.MarginUnit);
        json.WriteString("message", f.Message);
        json.WriteString("source", f.Origin.ToString());
        json.WriteStartArray("corroborated_by");
        foreach (var rule in f.CorroboratedBy) json.WriteStringValue(rule);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
