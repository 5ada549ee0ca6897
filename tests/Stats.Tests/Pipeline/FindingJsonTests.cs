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

/// <summary>problems.csv written and read back through the library's reader gives the same problems.</summary>
public sealed class ProblemTableTests
{
    [Test]
    public void Problems_csv_round_trips_through_the_library_reader()
    {
        var rows = new[]
        {
            new Stats.Core.Diagnosis.ProblemRow
            {
                Id = "P1", Status = CheckStatus.Fail, Findings = ["grain.yield.possible", "per_unit:61:59"], Mentions = [59, 61], Kinds = "per_unit;plausibility",
                Original = "5016万吨 | 41779.9公顷", BestFigures = [61, 59], Best = "5016万斤 | 4177.99公顷", BestKind = "unit+decimal", BestFixes = 4, Checks = 4, BestBreaks = 0,
                Score = 407.5m, RunnerUp = "=5016万斤", RunnerUpFixes = 3,
            },
            new Stats.Core.Diagnosis.ProblemRow { Id = "P2", Status = CheckStatus.Warn, Findings = ["restatement:3:9"], Mentions = [3, 9], Kinds = "restatement", Checks = 1 },
        };
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "problems-roundtrip.csv");
        File.WriteAllBytes(path, CsvFile.ToBytes(ProblemTable.ToDataFrame(rows)));

        var back = ProblemTable.FromDataFrame(CsvFile.Load(path, ProblemTable.Schema));

        Assert.That(back.Select(Flat), Is.EqualTo(rows.Select(Flat)));
    }

    private static string Flat(Stats.Core.Diagnosis.ProblemRow p) =>
        string.Join("|", p.Id, p.Status, string.Join(";", p.Findings), string.Join(";", p.Mentions), p.Kinds, p.Original, string.Join(";", p.BestFigures), p.Best, p.BestKind,
            p.BestFixes, p.Checks, p.BestBreaks, p.Score, p.RunnerUp, p.RunnerUpFixes);
}
