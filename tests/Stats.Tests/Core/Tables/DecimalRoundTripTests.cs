using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Interval = Stats.Core.Intervals.Interval;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Tables;

namespace Stats.Tests.Core.Tables;

/// <summary>Issue 16, item 3: every decimal a table writes is in plain notation and reads back as the value written.</summary>
public sealed class DecimalRoundTripTests
{
    private static readonly ReportText Report = new("r.txt", "面积0.00001亩。");

    // Any decimal: a 96-bit mantissa of 1 to 3 words (tiny, ordinary, huge), either sign, any scale 0..28 (many digits).
    private static readonly Gen<decimal> Decimals =
        Gen.Frequency(
            (4, from lo in Gen.Choose(0, int.MaxValue)
                from mid in Gen.Elements(0, 0, 1, 7, int.MaxValue, -1)
                from hi in Gen.Elements(0, 0, 0, 1, 12345, int.MaxValue, -1)
                from negative in Gen.Elements(false, true)
                from scale in Gen.Choose(0, 28)
                select new decimal(lo, mid, hi, negative, (byte)scale)),
            (1, Gen.Elements(0m, 0.00001m, -0.00001m, 1e-28m, -1e-28m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
                79228162514264337593543950335m, 1234567890.1234567890123456789m, 0.1000000000000000000000000000m, 100000m, 1E+20m)));

    private static readonly Regex Exponent = new("[0-9][eE][-+]?[0-9]");

    [Test]
    public void The_small_value_of_issue_16_is_written_in_plain_notation_and_read_back()
    {
        var mention = Mention(1, 0.00001m);
        var (text, loaded) = RoundTrip([mention]);
        Assert.That(text, Does.Contain(",0.00001,").And.Not.Contain("1E-05"));
        Assert.That(loaded.Single().Value, Is.EqualTo(0.00001m));
    }

    [Test]
    public void Any_decimal_in_mentions_csv_is_written_in_plain_notation_and_read_back_unchanged()
    {
        var property = Prop.ForAll(Decimals.ListOf().ToArbitrary(), values =>
        {
            var mentions = values.Select((v, i) => Mention(i + 1, v) with { Multiplier = v == 0m ? 1m : v }).ToList();
            var (text, loaded) = RoundTrip(mentions);
            return !Exponent.IsMatch(text) && loaded.SequenceEqual(mentions)
                && loaded.Zip(mentions).All(p => DecimalText.Format(p.First.Value) == DecimalText.Format(p.Second.Value));
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(300), property);
    }

    [Test]
    public void Any_decimal_in_findings_csv_is_written_in_plain_notation_and_read_back_as_its_printed_value()
    {
        var property = Prop.ForAll(Decimals.ListOf().ToArbitrary(), values =>
        {
            var findings = values.Select(v => Finding(v)).ToList();
            var bytes = CsvFile.ToBytes(FindingTable.ToDataFrame(findings));
            var text = Encoding.UTF8.GetString(bytes);
            var loaded = FindingTable.FromDataFrame(Load(bytes, FindingTable.Schema));
            // The margin is printed to 8 significant digits and the intervals rounded outward: what is read is what is printed.
            return !Exponent.IsMatch(text) && loaded.Count == findings.Count
                && loaded.Zip(findings).All(p => p.First.Margin == DecimalText.Margin(p.Second.Margin!.Value)
                    && p.First.Observed == IntervalText.Outward(p.Second.Observed!, 8)
                    && p.First.Expected == IntervalText.Outward(p.Second.Expected!, 8));
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(300), property);
    }

    private static Mention Mention(int id, decimal value) => new()
    {
        Id = id,
        Span = new TextSpan(2, 10),
        Text = "0.00001亩",
        Kind = MentionKind.Quantity,
        Number = "0.00001",
        Value = value,
        Unit = "亩",
        Multiplier = 1m,
        Dimension = Dimension.Area,
        Decimals = 5,
        Subject = "面积",
        Sentence = new TextSpan(0, 11),
    };

    private static Finding Finding(decimal value) => new()
    {
        Rule = "r",
        Kind = "rule",
        Severity = Severity.Error,
        Status = CheckStatus.Fail,
        Message = "m",
        Origin = FindingOrigin.Rule("rules.yaml:2"),
        Label = "",
        Evidence = "",
        Observed = Interval.Point(value),
        Expected = value == decimal.MaxValue ? Interval.Point(value) : Interval.Of(value, true, null, false),
        Margin = value,
    };

    private static (string Text, IReadOnlyList<Mention> Loaded) RoundTrip(IReadOnlyList<Mention> mentions)
    {
        var bytes = CsvFile.ToBytes(MentionTable.ToDataFrame(mentions, Report));
        return (Encoding.UTF8.GetString(bytes), MentionTable.FromDataFrame(Load(bytes, MentionTable.Schema)));
    }

    private static Microsoft.Data.Analysis.DataFrame Load(byte[] bytes, IReadOnlyList<(string Name, Type Type)> schema)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "tmp", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.WriteAllBytes(path, bytes);
            return CsvFile.Load(path, schema);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
