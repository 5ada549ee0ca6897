using Stats.Core.DataFiles;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Core.Units;

namespace Stats.Tests.Core.References;

public class ReferenceSetTests
{
    private static UnitCatalog Units => UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    [Test]
    public void A_printed_reference_value_stands_for_its_rounding()
    {
        var set = ReferenceSet.Parse("references:\n  - id: a.b\n    value: 3900.5\n    unit: 万吨\n    source: s\n", "p.yaml", Units);
        Assert.That(set.Find("a.b")!.Value, Is.EqualTo(Interval.HalfOpen(3900.45m, 3900.55m)));
        Assert.That(set.Find("a.b")!.Text, Is.EqualTo("3900.5万吨"));
        Assert.That(set.Find("a.b")!.Location, Is.EqualTo("p.yaml:2"));
    }

    [Test]
    public void A_band_is_closed()
    {
        var set = ReferenceSet.Parse("references:\n  - id: band\n    low: 50\n    high: 1300\n    unit: kg/亩\n    source: s\n", "p.yaml", Units);
        Assert.That(set.Find("band")!.Value, Is.EqualTo(Interval.Closed(50m, 1300m)));
    }

    [Test]
    public void Every_bundled_reference_has_a_source()
    {
        var set = ReferenceSet.Parse(Repository.Read("data/reference/plausibility.yaml"), "plausibility.yaml", Units);
        Assert.That(set.References.All(r => r.Source.Length > 10), Is.True);
        Assert.That(set.Find("grain.output.china.2022")!.Value.Contains(68653m), Is.True);
    }

    [TestCase("references:\n  - id: a\n    value: 1\n    low: 1\n    unit: 吨\n    source: s\n", 3, 12)]
    [TestCase("references:\n  - id: a\n    low: 9\n    high: 1\n    unit: 吨\n    source: s\n", 4, 11)]
    [TestCase("references:\n  - id: a\n    value: x\n    unit: 吨\n    source: s\n", 3, 12)]
    [TestCase("references:\n  - id: a\n    value: 1\n    unit: 担\n    source: s\n", 4, 11)]
    [TestCase("references:\n  - id: a\n    value: 1\n    unit: 吨\n", 2, 5)]
    [TestCase("references:\n  - id: 'a b'\n    value: 1\n    unit: 吨\n    source: s\n", 2, 9)]
    public void A_broken_reference_is_an_error_at_its_line_and_column(string yaml, int line, int column)
    {
        var e = Assert.Throws<DataFileException>(() => ReferenceSet.Parse(yaml, "p.yaml", Units));
        Assert.That((e!.Line, e.Column), Is.EqualTo((line, column)), e.Message);
    }
}
