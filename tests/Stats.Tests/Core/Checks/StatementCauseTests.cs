using Stats.Core.Findings;

namespace Stats.Tests.Core.Checks;

/// <summary>
/// The six ways real reports broke checks that took their operands from adjacent figures, each pinned down by texts written
/// here (after constructions seen in public reports): the statement a figure belongs to decides what it is compared with.
/// </summary>
public sealed class StatementCauseTests
{
    private static IReadOnlyList<Finding> Of(string kind, string text) => CheckedText.CheckText(text).Where(f => f.Kind == kind).ToList();

    private static IEnumerable<string> Statuses(string kind, string text) => Of(kind, text).Select(f => f.Status.Name());

    // 1. The scope of 其中.

    [Test]
    public void A_list_under_qizhong_ends_where_a_semicolon_opens_another_statement()
    {
        Assert.That(Statuses("parts", "全县实现生产总值30亿元，其中农业12.4亿元、工业9.35亿元；完成固定资产投资25亿元，增长6%。"), Is.EqualTo(new[] { "pass" }));
    }

    [Test]
    public void Amounts_in_parentheses_after_a_part_are_its_own_breakdown_not_further_parts()
    {
        // Two findings: the list under 其中 against 60亿元, and the bonds in parentheses against 42.3亿元 (their own breakdown).
        Assert.That(Statuses("parts", "全年发行债券60亿元，其中新增债券42.3亿元（一般债券12.1亿元，专项债券30.2亿元），再融资债券9.6亿元。"), Is.EqualTo(new[] { "pass", "pass" }));
    }

    [Test]
    public void A_list_under_qizhong_ends_before_the_amounts_added_to_it()
    {
        Assert.That(Statuses("parts", "本级财政收入13.5亿元，其中：税收收入9.5亿元，非税收入4.0亿元，加上级补助收入等92.8亿元，收入总计106.3亿元。"),
            Is.EqualTo(new[] { "pass" }));
    }

    [Test]
    public void A_qizhong_opening_a_sentence_breaks_down_the_head_figure_of_the_sentence_before()
    {
        // Two findings: the list under 其中 against 50.0亿元, and the items 主要包括 introduces against the same total.
        Assert.That(Statuses("parts", "全区可用财力合计50.0亿元，主要包括当年财力40.0亿元、调入资金10.0亿元。其中：区本级30.0亿元，街道20.0亿元。"),
            Is.EqualTo(new[] { "pass", "pass" }));
    }

    [Test]
    public void Parts_that_exceed_their_total_within_the_list_still_fail()
    {
        Assert.That(Statuses("parts", "全县实现生产总值30亿元，其中农业22.4亿元、工业9.35亿元；完成固定资产投资25亿元。"), Is.EqualTo(new[] { "fail" }));
    }

    [Test]
    public void A_total_stated_as_a_lower_bound_cannot_be_exceeded()
    {
        Assert.That(Statuses("parts", "全年接待游客30万人次以上，其中过夜游客12万人次、一日游游客21万人次。"), Is.EqualTo(new[] { "not_evaluable" }));
    }

    // 2. Period.

    [Test]
    public void A_change_from_last_year_is_neither_a_total_nor_a_part()
    {
        Assert.That(Of("parts", "全年粮食面积3.09万公顷，比上年增加1678公顷，其中夏粮增加458公顷，秋粮增加1220公顷。"), Is.Empty);
    }

    [Test]
    public void Last_years_structure_is_not_compared_with_this_years_levels()
    {
        const string text = "全年地区生产总值100亿元，其中第一产业增加值14.8亿元，第二产业增加值40.9亿元，第三产业增加值44.3亿元。三次产业结构由上年的15.2:41.3:43.5调整为14.8:40.9:44.3。";
        var ratio = Of("ratio", text);

        Assert.That(ratio.Select(f => f.Status.Name()), Has.All.EqualTo("pass"));
        Assert.That(ratio.Where(f => f.Evidence.StartsWith("15.2:41.3:43.5", StringComparison.Ordinal) && f.Evidence.Contains('|')), Is.Empty);
    }

    [Test]
    public void This_years_structure_that_misses_this_years_levels_fails()
    {
        const string text = "全年地区生产总值100亿元，其中第一产业增加值14.8亿元，第二产业增加值40.9亿元，第三产业增加值44.3亿元。三次产业结构为16.8:38.9:44.3。";

        Assert.That(Statuses("ratio", text), Has.Some.EqualTo("fail"));
    }

    // 3. Figures that do not add.

    [Test]
    public void Amounts_that_add_up_still_fail_beside_per_capita_values_left_out()
    {
        const string text = "全体居民可支配收入总额30亿元，其中城镇居民可支配收入总额21亿元，农村居民可支配收入总额12亿元，城镇居民人均可支配收入42000元。";

        Assert.That(Statuses("parts", text), Is.EqualTo(new[] { "fail" }));
    }

    [Test]
    public void Per_capita_values_are_never_summed_as_parts()
    {
        Assert.That(Of("parts", "全体居民人均可支配收入30000元，其中城镇居民人均可支配收入42000元，农村居民人均可支配收入21000元。"), Is.Empty);
    }

    [Test]
    public void The_growth_of_value_added_is_not_recomputed_from_nominal_levels_but_held_between_its_parts_growth()
    {
        // Recomputed from the nominal levels this growth would fail; at comparable prices it is a weighted mean of 8.4, 20.8 and 8.3.
        const string text = "全县生产总值110.30亿元，同比增长14.5%。其中，第一产业增加值15.63亿元，同比增长8.4%；第二产业增加值62.21亿元，同比增长20.8%；第三产业增加值32.46亿元，同比增长8.3%。";

        var growth = CheckedText.CheckText(text).Where(f => f.Kind == "growth").ToList();

        Assert.That(growth.Select(f => f.Status.Name()), Has.All.EqualTo("pass").And.Not.Empty);
        Assert.That(growth.Select(f => f.Message), Has.All.Contains("weighted mean"));
    }

    // 4. The N of a rate.

    [Test]
    public void A_rate_reachable_from_the_counts_of_its_own_statement_passes()
    {
        Assert.That(Statuses("granularity", "全镇18个行政村中，已有15个建成示范村，占比83.3%。"), Is.EqualTo(new[] { "pass" }));
    }

    [Test]
    public void A_rate_no_count_of_its_own_statement_reaches_fails()
    {
        Assert.That(Statuses("granularity", "全镇11个行政村中，已有7个建成示范村，占比83.3%。"), Is.EqualTo(new[] { "fail" }));
    }

    [TestCase("连续5年空气质量达标，优良天数比例达83.3%。", TestName = "A span of years is not the N of a rate")]
    [TestCase("全镇常住人口比上年减少300人，城镇化率达56.7%。", TestName = "A change in a count is not the N of a rate")]
    [TestCase("完成133家企业治理，新能源车辆渗透率达81.7%。", TestName = "A count of another population is not the N of a rate")]
    [TestCase("三次产业结构中，第三产业占比达38.9%。", TestName = "A classifier inside a fixed term is not the N of a rate")]
    [TestCase("第一产业增加值12个亿，占生产总值的比重为15.3%。", TestName = "The share of an industry is a share of amounts, not k out of N")]
    public void A_rate_with_no_count_of_its_own_population_is_not_tested(string text)
    {
        Assert.That(Of("granularity", text), Is.Empty);
    }

    // 5. Per-unit bands by product family.

    [Test]
    public void A_vegetable_yield_is_not_held_to_the_grain_bands()
    {
        Assert.That(Of("per_unit", "蔬菜种植面积6.86万亩，蔬菜产量36.9万吨。"), Is.Empty);
    }

    [Test]
    public void A_grain_yield_inside_the_usual_band_passes()
    {
        Assert.That(Statuses("per_unit", "全年粮食种植面积6.86万亩，粮食产量3.69万吨。"), Is.EqualTo(new[] { "pass" }));
    }

    [Test]
    public void A_grain_yield_outside_the_possible_band_fails()
    {
        Assert.That(Statuses("per_unit", "全年粮食种植面积6.86万亩，粮食产量36.9万吨。"), Is.EqualTo(new[] { "fail" }));
    }

    [Test]
    public void A_per_unit_value_without_a_reference_band_is_not_evaluable_never_pass()
    {
        Assert.That(Statuses("per_unit", "完成道路硬化16.03公里，投资1412.27万元。"), Is.EqualTo(new[] { "not_evaluable" }));
    }

    // 6. Thresholds.

    [Test]
    public void A_threshold_naming_a_class_of_projects_is_never_a_part()
    {
        var parts = Of("parts", "全年完成固定资产投资28.6亿元，其中1000万元以上项目完成投资21.4亿元，民间投资5.8亿元。");

        Assert.That(parts.SelectMany(f => f.Evidence.Split(" | ")), Has.None.EqualTo("1000万元以上"));
        Assert.That(parts.Select(f => f.Status.Name()), Is.EqualTo(new[] { "pass" }));
    }

    [Test]
    public void Parts_beside_a_threshold_that_exceed_their_total_still_fail()
    {
        var parts = Of("parts", "全年完成固定资产投资28.6亿元，其中1000万元以上项目完成投资21.4亿元，民间投资9.8亿元。");

        Assert.That(parts.Select(f => f.Status.Name()), Is.EqualTo(new[] { "fail" }));
        Assert.That(parts.Single().Evidence, Is.EqualTo("28.6亿元 | 21.4亿元 | 9.8亿元"));
    }

    [Test]
    public void Table_rows_under_qizhong_that_add_up_to_another_row_fail_against_their_head()
    {
        // 城镇 + 乡村 = 52.40, the 户籍 row, listed under the 常住 row: the construction of a real bulletin's true problem.
        const string text = "年末人口及构成\n单位:万人\n指标 | 年末数 | 比重(%) |\n年末户籍人口 | 52.40 | |\n年末常住人口 | 47.1 | |\n其中:城镇 | 20.12 | 38.40 |\n乡村 | 32.28 | 61.60 |\n";

        Assert.That(Statuses("parts", text), Is.EqualTo(new[] { "fail" }));
    }
}
