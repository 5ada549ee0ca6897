using Microsoft.Data.Analysis;
using Stats.Core.Diagnosis;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.References;
using Stats.Reporting;
using Stats.Reporting.Agriculture;
using Stats.Reporting.Figures;
using Stats.Reporting.Tables;

namespace Stats.Tests.Reporting.Tables;

public class TableTests
{
    private static readonly EjinHoroSample Sample = new();
    private static readonly UnitScale Units = new UnitScale(Stats.Tests.Core.Checks.CheckedText.ReferenceData.Units);

    private static readonly PlausibilityBands GrainYield = new(
        new Reference("yield.fail", "possible yield", Interval.Closed(50m, 1300m), "kg/亩", "test band", "test"),
        new Reference("yield.warn", "usual yield", Interval.Closed(150m, 800m), "kg/亩", "test band", "test"));

    private static Dictionary<string, object?> Row(DataFrame frame, string keyColumn, object key)
    {
        for (long i = 0; i < frame.Rows.Count; i++)
            if (Equals(frame.Columns[keyColumn][i], key))
                return frame.Columns.ToDictionary(c => c.Name, c => (object?)c[i]);
        throw new KeyNotFoundException($"no row with {keyColumn} = {key}");
    }

    private static IEnumerable<object?> Column(DataFrame frame, string name) => Enumerable.Range(0, (int)frame.Rows.Count).Select(i => frame.Columns[name][i]);

    [Test]
    public void Figures_csv_has_one_row_per_figure_in_text_order_with_the_documented_columns()
    {
        var frame = FiguresTable.Build(Sample.Mentions, Sample.Findings, Units);

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(FiguresTable.Columns));
        Assert.That(Column(frame, "id"), Is.EqualTo(Enumerable.Range(1, 24).Cast<object?>()));
    }

    [Test]
    public void A_figure_in_a_failed_finding_is_failed_with_its_base_value_rounding_interval_and_checks()
    {
        var row = Row(FiguresTable.Build(Sample.Mentions, Sample.Findings, Units), "id", 9);

        Assert.That(row["text"], Is.EqualTo("5016万吨"));
        Assert.That(row["value"], Is.EqualTo(50160000m));
        Assert.That(row["unit"], Is.EqualTo("吨"));
        Assert.That(row["base_value"], Is.EqualTo(50160000000m));
        Assert.That(row["base_unit"], Is.EqualTo("kg"));
        Assert.That(row["interval"], Is.EqualTo("[50155000, 50165000)"));
        Assert.That(row["period"], Is.EqualTo(2022));
        Assert.That(row["basis"], Is.EqualTo("actual"));
        Assert.That(row["status"], Is.EqualTo("failed"));
        Assert.That(row["checks"], Is.EqualTo(EjinHoroSample.GrainRule));
    }

    [Test]
    public void Failed_beats_flagged_and_flagged_beats_validated_and_unlinked_figures_are_unchecked()
    {
        var frame = FiguresTable.Build(Sample.Mentions, Sample.Findings, Units);

        Assert.That(Row(frame, "id", 7)["status"], Is.EqualTo("failed"), "in the failed yield rule and the warned area rule");
        Assert.That(Row(frame, "id", 7)["checks"], Is.EqualTo("grain-yield-band;area-target-vs-actual"));
        Assert.That(Row(frame, "id", 24)["status"], Is.EqualTo("flagged"));
        Assert.That(Row(frame, "id", 3)["status"], Is.EqualTo("flagged"), "in a passing parts check and an erroring rule");
        Assert.That(Row(frame, "id", 20)["status"], Is.EqualTo("validated"));
        Assert.That(Row(frame, "id", 20)["checks"], Is.EqualTo("share:16:18:20"));
        Assert.That(Row(frame, "id", 6)["status"], Is.EqualTo("unchecked"));
        Assert.That(Row(frame, "id", 6)["checks"], Is.EqualTo(""));
    }

    [Test]
    public void Areas_convert_to_square_metres_from_hectares_and_mu()
    {
        var frame = FiguresTable.Build(Sample.Mentions, Sample.Findings, Units);

        Assert.That(Row(frame, "id", 7)["base_value"], Is.EqualTo(417799000m));
        Assert.That(Row(frame, "id", 7)["base_unit"], Is.EqualTo("m²"));
        Assert.That((decimal)Row(frame, "id", 24)["base_value"]!, Is.EqualTo(43133333.33m).Within(0.01m));
        Assert.That(Row(frame, "id", 24)["interval"], Is.EqualTo("[64650, 64750)"));
        Assert.That(Row(frame, "id", 20)["base_value"], Is.Null, "a percentage has no base unit");
    }

    [Test]
    public void Summary_csv_counts_each_status_per_kind_of_check()
    {
        var frame = CheckSummary.ToDataFrame(Sample.Findings);

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(CheckSummary.Columns));
        Assert.That(Column(frame, "kind"), Is.EqualTo(new object[] { "granularity", "growth", "parts", "rule", "share" }));
        Assert.That(Row(frame, "kind", "granularity").Values, Is.EqualTo(new object[] { "granularity", 2, 1, 1, 0, 0, 0 }));
        Assert.That(Row(frame, "kind", "growth").Values, Is.EqualTo(new object[] { "growth", 2, 0, 1, 0, 1, 0 }));
        Assert.That(Row(frame, "kind", "rule").Values, Is.EqualTo(new object[] { "rule", 3, 0, 1, 1, 0, 1 }));
        Assert.That(Row(frame, "kind", "share").Values, Is.EqualTo(new object[] { "share", 2, 2, 0, 0, 0, 0 }));
    }

    [Test]
    public void Fiscal_csv_lists_revenue_figures_with_their_growth_and_implied_base_year_value()
    {
        var frame = FiscalTable.Build(Sample.Mentions);

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(FiscalTable.Columns));
        Assert.That(Column(frame, "id"), Is.EqualTo(new object[] { 3, 4, 5, 16, 18, 21 }), "money figures whose subject holds 收入; not 固定资产投资");
        var budget = Row(frame, "id", 16);
        Assert.That(budget["period"], Is.EqualTo(2023));
        Assert.That(budget["basis"], Is.EqualTo("target"));
        Assert.That(budget["growth_text"], Is.EqualTo("3%"));
        Assert.That(budget["growth"], Is.EqualTo(3m));
        Assert.That(budget["base_period"], Is.EqualTo(2022));
        Assert.That(budget["implied_base_value"], Is.EqualTo(66302038.83m));
        Assert.That(Row(frame, "id", 18)["implied_base_value"], Is.EqualTo(66352465.48m));
        Assert.That(Row(frame, "id", 21)["implied_base_value"], Is.EqualTo(980291.26m));
        Assert.That(Row(frame, "id", 3)["growth"], Is.Null);
        Assert.That(Row(frame, "id", 3)["implied_base_value"], Is.Null);
    }

    [Test]
    public void The_year_on_year_change_from_the_period_series_gives_back_the_stated_growth()
    {
        var frame = FiscalTable.Build(Sample.Mentions);

        Assert.That(Row(frame, "id", 16)["year_on_year"], Is.EqualTo(3m));
        Assert.That(Row(frame, "id", 18)["year_on_year"], Is.EqualTo(1.4m));
        Assert.That(Row(frame, "id", 3)["year_on_year"], Is.Null, "no 2021 value of 全年总收入");
    }

    [Test]
    public void Period_figures_take_actual_over_target_over_implied_and_skip_gaps_in_the_years()
    {
        var figures = PeriodFigures.Of(
        [
            (2020, PeriodFigures.Actual, 100m), (2021, PeriodFigures.ImpliedBase, 110m), (2021, PeriodFigures.Actual, 120m),
            (2022, PeriodFigures.Target, 150m), (2024, PeriodFigures.Target, 200m),
        ]);

        var yoy = figures.YearOnYear();

        Assert.That(figures.Frame.RowKeys, Is.EqualTo(new[] { 2020, 2021, 2022, 2024 }));
        Assert.That(figures.Level.Values, Is.EqualTo(new[] { 100m, 120m, 150m, 200m }));
        Assert.That(yoy.Keys, Is.EqualTo(new[] { 2021, 2022 }));
        Assert.That(yoy.Values, Is.EqualTo(new[] { 20m, 25m }));
    }

    [Test]
    public void Agriculture_csv_gives_the_yield_as_printed_and_under_each_hypothesis_that_rereads_area_or_output()
    {
        var crops = CropFigures.Of(Sample.Mentions, Sample.Hypotheses, Units);
        var frame = AgricultureTable.Build(crops, Sample.Mentions, GrainYield, Units);

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(AgricultureTable.Columns));
        Assert.That(Column(frame, "reading"), Is.EqualTo(new object[] { "printed", "5016万斤 | 41779.9亩", "5016万斤", "5016吨", "41779.9亩", "printed" }));
        Assert.That(Column(frame, "yield_kg_per_mu"), Is.EqualTo(new object?[] { 80038.49m, 600.29m, 40.02m, 8m, 1200577.31m, null }));
        Assert.That(Column(frame, "yield_t_per_ha"), Is.EqualTo(new object?[] { 1200.5773m, 9.0043m, 0.6003m, 0.1201m, 18008.6597m, null }));
        Assert.That(Column(frame, "plausibility"), Is.EqualTo(new object[] { "implausible", "plausible", "implausible", "implausible", "implausible", "" }));
        var printed = Row(frame, "reading", "printed");
        Assert.That(printed["area_mu"], Is.EqualTo(626698.5m));
        Assert.That(printed["area_ha"], Is.EqualTo(41779.9m));
        Assert.That(printed["output_kg"], Is.EqualTo(50160000000m));
        Assert.That(printed["output_t"], Is.EqualTo(50160000m));
        Assert.That(Column(frame, "rank"), Is.EqualTo(new object?[] { null, 1, 2, 3, 4, null }));
        Assert.That(Column(frame, "area_id"), Is.EqualTo(new object?[] { 7, 7, 7, 7, 7, 24 }), "the 2023 target area has no output to pair with");
        Assert.That(Column(frame, "area_mu").Last(), Is.EqualTo(64700m));
    }

    [Test]
    public void A_hypothesis_keeps_its_reading_as_value_unit_and_multiplier_through_hypotheses_csv()
    {
        var written = Sample.Hypotheses;

        var read = Stats.Core.Tables.HypothesisTable.FromDataFrame(Stats.Core.Tables.HypothesisTable.ToDataFrame(written));

        Assert.That(read.SelectMany(h => h.Readings), Is.EqualTo(written.SelectMany(h => h.Readings)));
        Assert.That(written[0].Readings, Is.EqualTo(new[] { new FigureReading(9, 50160000m, "斤", 10000m), new FigureReading(7, 41779.9m, "亩", 1m) }));
    }

    [Test]
    public void The_tables_are_the_same_bytes_on_every_build()
    {
        var first = ValidationReportTables();
        var second = ValidationReportTables();

        Assert.That(second, Is.EqualTo(first));
    }

    private static List<byte[]> ValidationReportTables()
    {
        var crops = CropFigures.Of(Sample.Mentions, Sample.Hypotheses, Units);
        return new[]
        {
            FiguresTable.Build(Sample.Mentions, Sample.Findings, Units), CheckSummary.ToDataFrame(Sample.Findings),
            FiscalTable.Build(Sample.Mentions), AgricultureTable.Build(crops, Sample.Mentions, GrainYield, Units),
        }.Select(Stats.Pipeline.Tables.CsvFile.ToBytes).ToList();
    }
}
