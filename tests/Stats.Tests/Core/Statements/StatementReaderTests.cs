using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Statements;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Tests.Core.Checks;

namespace Stats.Tests.Core.Statements;

/// <summary>What statements.csv says of a figure: its role, and the total it is listed under.</summary>
public sealed class StatementReaderTests
{
    private static IReadOnlyList<Statement> Read(string text)
    {
        var report = new ReportText("fixture", text);
        return ReportChecks.Compose(report, new Extractor().Extract(report), CheckedText.ReferenceData).Statements();
    }

    private static Statement Of(IReadOnlyList<Statement> statements, string text) => statements.Single(s => s.Figure.Text == text);

    [Test]
    public void A_change_from_last_year_is_a_change_and_its_level_a_level()
    {
        var statements = Read("全年财政收入6.79亿元，比上年同期增加6517万元，增长10.6%。");

        Assert.That(Of(statements, "6.79亿元").Role, Is.EqualTo(StatementRole.Level));
        Assert.That(Of(statements, "6517万元").Role, Is.EqualTo(StatementRole.Change));
        Assert.That(Of(statements, "10.6%").Role, Is.EqualTo(StatementRole.Growth));
    }

    [Test]
    public void A_structure_of_last_year_is_a_figure_of_an_earlier_period()
    {
        var statements = Read("三次产业结构由上年的15.2:41.3:43.5调整为14.8:40.9:44.3。");

        Assert.That(Of(statements, "15.2:41.3:43.5").Role, Is.EqualTo(StatementRole.Previous));
        Assert.That(Of(statements, "14.8:40.9:44.3").Role, Is.EqualTo(StatementRole.Level));
    }

    [Test]
    public void A_part_under_qizhong_names_its_total_and_a_parenthesised_amount_does_not()
    {
        var statements = Read("全年发行债券60亿元，其中新增债券42.3亿元（一般债券12.1亿元），再融资债券9.6亿元。");
        var total = Of(statements, "60亿元").Figure.Id;

        Assert.That(Of(statements, "42.3亿元").PartOf, Is.EqualTo(total));
        Assert.That(Of(statements, "9.6亿元").PartOf, Is.EqualTo(total));
        Assert.That(Of(statements, "12.1亿元").PartOf, Is.Null);
        Assert.That(Of(statements, "60亿元").Indicator.Adds, Is.Not.EqualTo(Additivity.PerCapita));
    }

    [Test]
    public void A_per_capita_value_is_read_as_an_indicator_that_does_not_add_up()
    {
        var statements = Read("农村居民人均可支配收入21000元，增长6.5%。");

        Assert.That(Of(statements, "21000元").Indicator.Adds.AddsUp(), Is.False);
        Assert.That(CheckKind.All.Select(k => k.Name), Is.Unique);
    }
}
