using Stats.Core.DataFiles;
using Stats.Core.Intervals;
using Stats.Core.Units;

namespace Stats.Tests.Core.Units;

public class UnitCatalogTests
{
    private static UnitCatalog Units => UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml");

    [TestCase("1", "公顷", "亩", "15")]
    [TestCase("41779.9", "公顷", "万亩", "62.66985")]
    [TestCase("1", "平方公里", "亩", "1500")]
    [TestCase("1", "平方公里", "公顷", "100")]
    [TestCase("1", "万吨", "万斤", "2000")]
    [TestCase("1", "公斤", "斤", "2")]
    [TestCase("1", "千克", "克", "1000")]
    [TestCase("1", "公里", "米", "1000")]
    [TestCase("1", "亿元", "万元", "10000")]
    [TestCase("15", "kg/亩", "t/ha", "0.225")]
    [TestCase("748.1", "斤/亩", "kg/亩", "374.05")]
    [TestCase("1", "吨/公顷", "kg/ha", "1000")]
    [TestCase("98.5", "%", "", "0.985")]
    public void Conversions_within_a_dimension_are_exact(string value, string from, string to, string expected)
    {
        var x = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var y = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Units.Convert(Interval.Point(x), from, to), Is.EqualTo(Interval.Point(y)));
    }

    [Test]
    public void A_mu_is_ten_thousand_fifteenths_of_a_square_metre()
    {
        var mu = Units.Convert(Interval.Point(1m), "亩", "m²");
        Assert.That(mu.Lower, Is.EqualTo(666.67m).Within(0.01m));
    }

    [Test]
    public void Conversion_keeps_the_ends_of_the_interval()
    {
        Assert.That(Units.Convert(Interval.HalfOpen(1m, 2m), "公顷", "亩"), Is.EqualTo(Interval.HalfOpen(15m, 30m)));
    }

    [TestCase("吨", "公顷")]
    [TestCase("元", "个")]
    [TestCase("%", "个百分点")]
    [TestCase("kg/亩", "kg")]
    public void Conversion_across_dimensions_is_an_error(string from, string to)
    {
        Assert.That(() => Units.Convert(Interval.Point(1m), from, to), Throws.InvalidOperationException);
    }

    [Test]
    public void An_unknown_unit_is_an_error()
    {
        Assert.That(() => Units.Convert(Interval.Point(1m), "担", "kg"), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Every_unit_cites_its_source()
    {
        Assert.That(Units.Units.Where(u => u.Symbol.Length > 0).All(u => u.Source.Length > 0), Is.True);
    }

    [TestCase("units:\n  - symbol: 亩\n    dimension: areas\n    factor: 1\n    source: x\n", 3, 16)]
    [TestCase("units:\n  - symbol: 亩\n    dimension: area\n    factor: -1\n    source: x\n", 4, 13)]
    [TestCase("units:\n  - symbol: 亩\n    dimension: area\n    factor: 1\n", 2, 5)]
    [TestCase("units:\n  - symbol: 亩\n    dimension: area\n    factor: 1\n    source: x\n    colour: red\n", 6, 5)]
    [TestCase("units:\n  - symbol: 亩\n    dimension: area\n    factor: 1\n    source: x\n  - symbol: 亩\n    dimension: area\n    factor: 1\n    source: x\n", 6, 13)]
    [TestCase("units: [\n", 2, 1)]
    public void A_broken_units_file_is_an_error_at_its_line_and_column(string yaml, int line, int column)
    {
        var e = Assert.Throws<DataFileException>(() => UnitCatalog.Parse(yaml, "units.yaml"));
        Assert.That((e!.File, e.Line, e.Column), Is.EqualTo(("units.yaml", line, column)));
    }
}
