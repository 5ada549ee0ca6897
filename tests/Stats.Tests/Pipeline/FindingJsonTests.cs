using System.Text.Json;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Pipeline.Tables;

namespace Stats.Tests.Pipeline;

/// <summary>findings.json: the findings of findings.csv, with numbers as JSON numbers and the printed intervals kept.</summary>
public sealed class FindingJsonTests
{
    private static readonly Finding Sample = new()
    {
        Rule = "share:1:2:3",
        Kind = "share",
        Severity = Severity.Error,
        Status = CheckStatus.Fail,
        Mentions = [1, 2, 3],
        Evidence = "6728.14万元 | 6829.11万元 | 95.5%",
        Expected = Interval.HalfOpen(95.45m, 95.55m),
        Observed = Interval.Closed(98.5m, 98.6m),
        Margin = 2.95m,
        Message = "The share misses.",
        Origin = FindingOrigin.Generic,
        CorroboratedBy = ["revenue.tax.share"],
    };

    [Test]
    public void Interval_ends_and_the_margin_are_json_numbers_beside_the_printed_interval()
    {
        using var json = JsonDocument.Parse(FindingJson.Write([Sample]));
        var finding = json.RootElement[0];

        Assert.That(finding.GetProperty("expected").GetString(), Is.EqualTo("[95.45, 95.55)"));
        Assert.That(finding.GetProperty("expected_lo").GetDecimal(), Is.EqualTo(95.45m));
        Assert.That(finding.GetProperty("expected_hi").GetDecimal(), Is.EqualTo(95.55m));
        Assert.That(finding.GetProperty("observed_hi").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(finding.GetProperty("margin").GetDecimal(), Is.EqualTo(2.95m));
        Assert.That(finding.GetProperty("corroborated_by")[0].GetString(), Is.EqualTo("revenue.tax.share"));
    }

    [Test]
    public void Findings_csv_round_trips_through_the_library_reader_with_its_numeric_columns()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "findings-roundtrip.csv");
        File.WriteAllBytes(path, CsvFile.ToBytes(FindingTable.ToDataFrame([Sample])));

        var frame = CsvFile.Load(path, FindingTable.Schema);
        var back = FindingTable.FromDataFrame(frame).Single();

        Assert.That(back with { Expected = null, Observed = null }, Is.EqualTo(Sample with { Expected = null, Observed = null }).Using<Finding>(SameFields));
        Assert.That((back.Expected?.ToString(), back.Observed?.ToString()), Is.EqualTo((Sample.Expected!.ToString(), Sample.Observed!.ToString())));
        Assert.That(frame.Columns["observed_lo"][0], Is.EqualTo(98.5m));
    }

    private static bool SameFields(Finding a, Finding b) =>
        (a.Rule, a.Kind, a.Severity, a.Status, a.Evidence, a.Margin, a.Message, a.Origin, a.Label) == (b.Rule, b.Kind, b.Severity, b.Status, b.Evidence, b.Margin, b.Message, b.Origin, b.Label)
        && a.Mentions.SequenceEqual(b.Mentions) && a.CorroboratedBy.SequenceEqual(b.CorroboratedBy);
}
