using System.Globalization;
using Stats.Core.Extraction;
using Stats.Core.Text;
using Stats.Core.Units;

namespace Stats.Tests.Core.Extraction;

/// <summary>
/// Constructions that real reports print and snippets of one sentence rarely show: tables flattened to text, dates spaced out by
/// PDF text layers, session names, fixed terms, units shared by a list, compound units, signs and inferred units. Every case is
/// named after the construction it pins down; the snippets are made up.
/// </summary>
public sealed class ReportConstructionTests
{
    /// <summary>Name, snippet, then every figure of the snippet in order as "text = value unit" (an empty unit prints nothing).</summary>
    private static readonly object[][] FigureLists =
    [
        // Tables flattened to text: a header unit reaches the bare numbers of its table.
        ["单位 line over columns aligned with spaces", "单位：亿元\n   东城区    12.50     3.75\n   西城区     8.25     1.05\n",
            new[] { "12.50 = 1250000000 元", "3.75 = 375000000 元", "8.25 = 825000000 元", "1.05 = 105000000 元" }],
        ["单位 line with a half-width colon over a barred table of grouped numbers", "单位:万元\n项目 | 预算数 | 执行数 |\n合计 | 1,234,567 | 1,200,000 |\n",
            new[] { "1,234,567 = 12345670000 元", "1,200,000 = 12000000000 元" }],
        ["column header units with leading bars, each for its own column", "| 指标 | 产值(万元) | 增长(%) |\n| 农业 | 1234567 | 3.1 |\n| 林业 | 8800 | -2.0 |\n",
            new[] { "1234567 = 12345670000 元", "3.1 = 3.1 %", "8800 = 88000000 元", "-2.0 = -2 %" }],
        ["a column header unit overrides the 单位 line for its column", "单位:万人\n指标 | 年末人数 | 比重(%) |\n城镇 | 12.5 | 40.1 |\n乡村 | 18.7 | 59.9 |\n",
            new[] { "12.5 = 125000 人", "40.1 = 40.1 %", "18.7 = 187000 人", "59.9 = 59.9 %" }],
        ["column header units in a table split by tabs", "指标\t产值(亿元)\t增长(%)\n工业\t12.3\t4.5\n",
            new[] { "12.3 = 1230000000 元", "4.5 = 4.5 %" }],
        ["column header units in a table aligned with spaces", "指标    产量(万吨)    增长(%)\n粮食    56.7    -1.2\n",
            new[] { "56.7 = 567000 吨", "-1.2 = -1.2 %" }],
        ["a caption's lone unit over a barred table whose header has a percent column", "主要农产品产量（万吨）\n品种 | 产量 | 增长(%) |\n油料 | 2.5 | 3.0 |\n",
            new[] { "2.5 = 25000 吨", "3.0 = 3 %" }],
        ["a bracketed unit after a table's title governs its cells", "2019年收支情况表(亿元)\n项目    预算数    决算数\n收入    25.6    26.1\n",
            new[] { "25.6 = 2560000000 元", "26.1 = 2610000000 元" }],
        ["a header cell ending in % makes its column percent", "单位:万吨\n指标 | 产量 | 比上年增长% |\n粮食 | 36.9 | 2.4 |\n",
            new[] { "36.9 = 369000 吨", "2.4 = 2.4 %" }],
        ["full-width brackets in a header", "指标 | 面积（公顷） | 增长（%） |\n小麦 | 320.5 | 1.2 |\n",
            new[] { "320.5 = 320.5 公顷", "1.2 = 1.2 %" }],
        ["a table with one cell per line takes the header units in order after each row label", "表2 人口构成\n指标\n人数(万人)\n占比(%)\n全镇\n3.2\n100\n其中:男\n1.7\n53.1\n其中:女\n-\n-\n",
            new[] { "3.2 = 32000 人", "100 = 100 %", "1.7 = 17000 人", "53.1 = 53.1 %" }],
        ["one cell per line closed by bars under a 单位 line", "单位:万元\n项目 |\n决算数 |\n合计 |\n45,678 |\n",
            new[] { "45,678 = 456780000 元" }],
        ["a table ends at a line of prose", "单位:万元\n合计 | 80 |\n其余部分,按 15 计算。\n",
            new[] { "80 = 800000 元", "15 = 15 " }],
        ["a table ends at a blank line after its rows", "单位:万元\n合计    80\n\n其他    15\n",
            new[] { "80 = 800000 元", "15 = 15 " }],
        ["a 单位 at the end of a title with a comma still heads the table", "表3 收支情况，单位：亿元\n收入 | 25.6 |\n",
            new[] { "25.6 = 2560000000 元" }],
        ["a new 单位 line replaces the previous one", "单位:万元\n甲 | 5 |\n单位:吨\n乙 | 7 |\n",
            new[] { "5 = 50000 元", "7 = 7 吨" }],
        ["a 单位 line inside a sentence gives nothing to the numbers after it", "见下图,单位:% 据抽样,户数 4521 个,常住居民 88。\n",
            new[] { "4521 个 = 4521 个", "88 = 88 " }],
        // A unit printed once after a list belongs to each item.
        ["percentage points shared by a list joined by 、 and 和", "分别拉动0.8、2.4和3.1个百分点",
            new[] { "0.8 = 0.8 个百分点", "2.4 = 2.4 个百分点", "3.1个百分点 = 3.1 个百分点" }],
        ["个 of 个百分点 printed on every item but 百分点 once", "工业和服务业增速分别高于全省3.6个、2个百分点",
            new[] { "3.6个 = 3.6 个百分点", "2个百分点 = 2 个百分点" }],
        ["a multiplier and unit shared by a list", "产量分别为1.2、3.4万吨", new[] { "1.2 = 12000 吨", "3.4万吨 = 34000 吨" }],
        ["a range takes the unit of its upper end", "每户补助3至5万元", new[] { "3 = 30000 元", "5万元 = 50000 元" }],
        ["an item with its own multiplier keeps it", "分别为1.2万、3.4万吨", new[] { "1.2万 = 12000 吨", "3.4万吨 = 34000 吨" }],
        ["a minus between two numbers is a range, not a sign", "增速在0-2%之间", new[] { "0 = 0 %", "2% = 2 %" }],
        ["a range of four-digit numbers with a unit is no range of years", "海拔1990-2100米", new[] { "1990 = 1990 米", "2100米 = 2100 米" }],
        ["a spaced dash between numbers is a range, not a sign", "每户补助5 - 10万元", new[] { "5 = 50000 元", "10万元 = 100000 元" }],
        ["a percent per year stays a percent", "年均增长5%/年", new[] { "5% = 5 %" }],
        ["a range of counts before a noun stays figures", "每村选派1-2名干部", new[] { "1 = 1 名", "2名 = 2 名" }],
        ["each item of a list with its own unit stays as printed", "分别增长2.1%、5.4%和7.8%", new[] { "2.1% = 2.1 %", "5.4% = 5.4 %", "7.8% = 7.8 %" }],
    ];

    /// <summary>Name, snippet, the text of one figure, its kind, value, unit and qualifier.</summary>
    private static readonly object[][] Figures =
    [
        // Fixed terms with their own units.
        ["an anniversary is 周年, not 周", "迎来建校70周年", "70周年", MentionKind.Number, "70", "周年", ""],
        ["an earthquake magnitude in 级", "发生5.2级地震", "5.2级", MentionKind.Number, "5.2", "级", ""],
        ["administrative areas counted with 地（市）", "覆盖五地（市）", "五地（市）", MentionKind.Count, "5", "地（市）", ""],
        ["administrative areas counted with 县区", "全市两县区均已达标", "两县区", MentionKind.Count, "2", "县区", ""],
        ["digits before 县区", "在全省16县区中", "16县区", MentionKind.Count, "16", "县区", ""],
        ["money per person, with the space a PDF leaves", "人均补助 2400 元/人", "2400 元/人", MentionKind.Amount, "2400", "元/人", ""],
        ["money per mu with a qualifier", "亩均收益超过2万元/亩", "超过2万元/亩", MentionKind.Amount, "20000", "元/亩", "超过"],
        ["the numbers that close an enumeration count its items", "甲湖、乙湖和丙湖等三大湖泊", "三", MentionKind.Number, "3", "", ""],
        // Compound and special units.
        ["micrograms per cubic metre", "平均浓度28微克/立方米", "28微克/立方米", MentionKind.Quantity, "28", "微克/立方米", ""],
        ["千 in 千伏 belongs to the unit", "建成110千伏变电站", "110千伏", MentionKind.Number, "110", "千伏", ""],
        ["亿度 is a multiplier and kilowatt-hours", "发电量12亿度", "12亿度", MentionKind.Number, "1200000000", "度", ""],
        ["千瓦时 after 亿", "用电18.5亿千瓦时", "18.5亿千瓦时", MentionKind.Number, "1850000000", "千瓦时", ""],
        ["万 before 千瓦 is a multiplier", "装机3万千瓦", "3万千瓦", MentionKind.Number, "30000", "千瓦", ""],
        ["voyages counted with 航次", "完成12航次", "12航次", MentionKind.Count, "12", "航次", ""],
        ["containers in 万标箱", "吞吐量35万标箱", "35万标箱", MentionKind.Count, "350000", "标箱", ""],
        ["freight in 吨公里", "周转量1.2亿吨公里", "1.2亿吨公里", MentionKind.Number, "120000000", "吨公里", ""],
        ["people per square kilometre", "人口密度320人/平方公里", "320人/平方公里", MentionKind.Number, "320", "人/平方公里", ""],
        ["a price per kilogram", "收购价6.5元/公斤", "6.5元/公斤", MentionKind.Amount, "6.5", "元/公斤", ""],
        ["a price per tonne", "均价420元/吨", "420元/吨", MentionKind.Amount, "420", "元/吨", ""],
        ["千 before 公顷 is a multiplier", "播种2.4千公顷", "2.4千公顷", MentionKind.Quantity, "2400", "公顷", ""],
        ["visits in 万人次", "接待游客5.6万人次", "5.6万人次", MentionKind.Count, "56000", "人次", ""],
        ["a change of a per-mille rate in 个千分点", "出生率上升1.2个千分点", "1.2个千分点", MentionKind.PercentagePoints, "1.2", "个千分点", ""],
        ["livestock counted in 头只", "牲畜存栏3.5万头只", "3.5万头只", MentionKind.Count, "35000", "头只", ""],
        ["floor area in 平米", "新建600余平米仓库", "600余平米", MentionKind.Quantity, "600", "平米", "余"],
        // Signs and qualifiers.
        ["a printed minus after a growth word is kept", "同比增长-2.3%", "-2.3%", MentionKind.Percent, "-2.3", "%", ""],
        ["a printed minus on a per-mille rate is kept", "自然增长率为-1.23‰", "-1.23‰", MentionKind.PerMille, "-1.23", "‰", ""],
        ["超 before a number is a qualifier", "参与群众超3000人", "超3000人", MentionKind.Count, "3000", "人", "超"],
        ["超出 before a number is a qualifier, stored as 超", "完成率超出5%", "超出5%", MentionKind.Percent, "5", "%", "超"],
        ["及以上 after a unit is 以上 with a conjunction", "占比达到30%及以上。", "30%及以上", MentionKind.Percent, "30", "%", "以上"],
        ["接近 before a number is a qualifier", "覆盖率接近90%", "接近90%", MentionKind.Percent, "90", "%", "接近"],
        ["以内 after a unit is a qualifier", "控制在3.5%以内", "3.5%以内", MentionKind.Percent, "3.5", "%", "以内"],
        ["a bound at the end of a clause stays a figure", "收入达到50万元以上。", "50万元以上", MentionKind.Amount, "500000", "元", "以上"],
        // Units left out but plain from the words before.
        ["money without 元 after a revenue word", "预算收入236万,增长3%", "236万", MentionKind.Amount, "2360000", "元", ""],
        ["money without 元 after an investment word", "完成投资3.2亿", "3.2亿", MentionKind.Amount, "320000000", "元", ""],
        ["money without 元 with a qualifier", "工业产值突破80亿", "突破80亿", MentionKind.Amount, "8000000000", "元", "突破"],
        ["a population without 人", "年末常住人口52340,比上年增加", "52340", MentionKind.Count, "52340", "人", ""],
        ["visits without 人次 after a subject that names them", "游客人次增至1.2亿、创新高", "1.2亿", MentionKind.Count, "120000000", "人次", ""],
        ["accounts without 户 after a verb and a qualifier", "开户数达 3.4万。", "3.4万", MentionKind.Count, "34000", "户", ""],
        // Classifiers of products, courses, trains, ships and parcels; inches.
        ["products counted with 款", "发布31款新品", "31款", MentionKind.Count, "31", "款", ""],
        ["ships counted with 艘", "新增18艘船舶", "18艘", MentionKind.Count, "18", "艘", ""],
        ["trains counted with 列", "发运204列", "204列", MentionKind.Count, "204", "列", ""],
        ["a wafer size in 英寸", "建成8英寸产线", "8英寸", MentionKind.Quantity, "8", "英寸", ""],
        // PDF artefacts.
        ["a line break between a number and its unit in wrapped prose", "全年全市一般公共预算收入在经济下行压力较大的情况下完成31.6\n亿元,比上年有所增长", "31.6\n亿元", MentionKind.Amount, "3160000000", "元", ""],
        ["a full-width space between a number and its unit", "投入12\u3000万元", "12\u3000万元", MentionKind.Amount, "120000", "元", ""],
        ["a no-break space between a number and its unit", "投入12\u00A0万元", "12\u00A0万元", MentionKind.Amount, "120000", "元", ""],
        ["digits after an abbreviation with a money unit", "人均GDP52340元", "52340元", MentionKind.Amount, "52340", "元", ""],
    ];

    /// <summary>Name, snippet, the text of one mention that is not a figure, and its kind.</summary>
    private static readonly object[][] NonFigures =
    [
        // Years and dates spaced out by PDF text layers, ranges of months and years.
        ["a year with a space before 年", "关于 2023 年决算情况", "2023 年", MentionKind.Year],
        ["a date with spaces between its parts", "（2024 年 3 月 15 日通过）", "2024 年 3 月 15 日", MentionKind.Date],
        ["a range of months with a hyphen", "1-4月,全县完成", "1-4月", MentionKind.Date],
        ["a range of months with a dash", "1—11月累计", "1—11月", MentionKind.Date],
        ["a year and a range of months", "2021年1-9月全区", "2021年1-9月", MentionKind.Date],
        ["a quarter without its year", "二季度投资回升", "二季度", MentionKind.Date],
        ["the first three quarters", "前三季度增长4.5%", "前三季度", MentionKind.Date],
        ["an ordinal quarter stays an ordinal", "第一季度增长4.5%", "第一季度", MentionKind.Ordinal],
        ["a range of years without 年 in a caption", "图3:2016-2020产业结构", "2016-2020", MentionKind.Year],
        ["a bare year before a name", "举办2024·高原发展论坛", "2024", MentionKind.Year],
        ["a year listed before another year", "2019、2020年连续增长", "2019", MentionKind.Year],
        // Sessions named without 第.
        ["a session of a people's congress", "市十二届人大三次会议", "十二届人大三次会议", MentionKind.Name],
        ["a plenary session of a central committee", "学习十九届五中全会精神", "十九届五中全会", MentionKind.Name],
        ["all plenary sessions of a central committee", "贯彻十八届历次全会精神", "十八届历次全会", MentionKind.Name],
        ["a standing committee of a district congress", "在县三届人大常委会第十二次会议上", "三届人大常委会", MentionKind.Name],
        ["a session listed with further plenaries", "十七届三中、四中全会", "十七届三中", MentionKind.Name],
        ["a term and a session of a party committee", "省委十一届四次、五次全会", "十一届四次", MentionKind.Name],
        ["a plenary listed after a session", "省委十一届四次、五次全会", "五次全会", MentionKind.Name],
        // Fixed terms.
        ["the three sectors of the economy", "三次产业结构为12:40:48", "三次产业", MentionKind.Name],
        ["a named three-year campaign", "推进农村人居环境三年行动", "三年行动", MentionKind.Name],
        ["a named doctrine of four tasks", "做好四件大事", "四件大事", MentionKind.Name],
        ["an unquoted two-word slogan", "坚决做到两个维护", "两个维护", MentionKind.Name],
        ["another unquoted two-word slogan", "全力实现两个确保", "两个确保", MentionKind.Name],
        ["a ranking of the largest firms", "落户中国500强企业3家", "500强", MentionKind.Name],
        ["a generation by birth years", "吸引95后人才", "95后", MentionKind.Name],
        ["a metro line", "开通6号线支线", "6号线", MentionKind.Name],
        ["the second phase of a project", "医院二期工程开工", "二期", MentionKind.Name],
        ["a five-year plan", "完成十四五目标", "十四五", MentionKind.Name],
        ["a pollutant named with digits", "PM2.5平均浓度下降", "PM2.5", MentionKind.Name],
        ["a pollutant with its subscript written after an underscore", "PM_2.5年均浓度继续下降", "PM_2.5", MentionKind.Name],
        ["a network generation", "建成5G基站", "5G", MentionKind.Name],
        ["a footnote marker", "粮食产量[3]45.6万吨", "[3]", MentionKind.Ordinal],
        ["a figure number in a caption", "图1 全县生产总值", "图1", MentionKind.Identifier],
        ["a table number before a colon is no ratio", "表2:2021年度收支表", "表2", MentionKind.Identifier],
        ["a reference to an appended table", "详见附表2。", "附表2", MentionKind.Identifier],
        ["a page marker on its own line", "上文\n— 3 —\n下文", "— 3 —", MentionKind.Identifier],
        ["a page number opening a line before a title", "   43 某省债务余额情况表\n", "43", MentionKind.Identifier],
        ["a numbered item closed by a bracket", "1)非税收入完成", "1)", MentionKind.Ordinal],
        // Bounds of a category.
        ["a bound followed by the count of its group", "其中,20万以上15个村", "20万以上", MentionKind.Threshold],
        ["以下 running on into a noun", "化解20 万元以下欠款", "20 万元以下", MentionKind.Threshold],
        ["an altitude bound before a noun", "海拔4000米以上村庄通电", "4000米以上", MentionKind.Threshold],
        ["an investment bound before a noun", "总投资1000万元以上项目", "1000万元以上", MentionKind.Threshold],
        ["a counted bound of farm size", "扶持100头以上养殖大户", "100头以上", MentionKind.Threshold],
        ["an area bound before a noun", "流域面积10平方公里以上河流", "10平方公里以上", MentionKind.Threshold],
        ["a counted bound before a noun", "对30户以上自然村实施改造", "30户以上", MentionKind.Threshold],
        ["a range of money before a noun", "支持50万至1000万元项目", "1000万元", MentionKind.Threshold],
        ["a range of ages before a noun", "其中0-17岁人口", "17岁", MentionKind.Threshold],
        ["an age range labelling a table row", "单位:万人\n指标 | 人数 | 比重(%) |\n其中:0-14岁 | 2.1 | 15.0 |\n", "14岁", MentionKind.Threshold],
    ];

    /// <summary>Name and a snippet whose numerals are all outside figures.</summary>
    private static readonly object[][] NoFigures =
    [
        ["a grade is not a number of anything", "建成三级医院"],
        ["两度 means twice", "两度获评先进"],
        ["a session name leaves no count of 届 or 次", "市十二届人大三次\n会议材料"],
        ["a listed plenary leaves no count of 次", "学习十七届三中、四中、五次全会精神"],
    ];

    /// <summary>Name, snippet, the unit of its one figure and that unit's dimension in the unit catalogue.</summary>
    private static readonly object[][] CatalogueUnits =
    [
        ["千伏 is a voltage", "建成110千伏变电站", "千伏", "voltage"],
        ["度 is energy", "发电量12亿度", "度", "energy"],
        ["千瓦时 is energy", "用电18.5亿千瓦时", "千瓦时", "energy"],
        ["千瓦 is power", "装机3万千瓦", "千瓦", "power"],
        ["航次 counts voyages", "完成12航次", "航次", "count"],
        ["标箱 counts containers", "吞吐量35万标箱", "标箱", "count"],
        ["吨公里 is mass times length", "周转量1.2亿吨公里", "吨公里", "length*mass"],
        ["人/平方公里 is a count per area", "人口密度320人/平方公里", "人/平方公里", "count/area"],
        ["元/公斤 is money per mass", "收购价6.5元/公斤", "元/公斤", "money/mass"],
        ["元/吨 is money per mass", "均价420元/吨", "元/吨", "money/mass"],
        ["元/人 is money per count", "标准为3000元/人", "元/人", "money/count"],
        ["微克/立方米 is mass per volume", "平均浓度28微克/立方米", "微克/立方米", "mass/volume"],
        ["千 before 公顷 is a multiplier, not part of the unit", "播种2.4千公顷", "公顷", "area"],
        ["人次 counts", "接待游客5.6万人次", "人次", "count"],
        ["周年 is time", "迎来建校70周年", "周年", "time"],
        ["级 is a pure number", "发生5.2级地震", "级", "one"],
        ["个千分点 are points", "出生率上升1.2个千分点", "个千分点", "points"],
        ["头只 counts", "牲畜存栏3.5万头只", "头只", "count"],
        ["平米 is an area", "新建600平米仓库", "平米", "area"],
        ["地（市） counts", "覆盖五地（市）", "地（市）", "count"],
        ["县区 counts", "全市两县区均达标", "县区", "count"],
    ];

    private static IEnumerable<TestCaseData> Cases(object[][] table) =>
        table.Select(row => new TestCaseData(row.Skip(1).ToArray()).SetName((string)row[0]));

    private static IEnumerable<TestCaseData> FigureListCases() => Cases(FigureLists);
    private static IEnumerable<TestCaseData> FigureCases() => Cases(Figures);
    private static IEnumerable<TestCaseData> NonFigureCases() => Cases(NonFigures);
    private static IEnumerable<TestCaseData> NoFigureCases() => Cases(NoFigures);
    private static IEnumerable<TestCaseData> CatalogueUnitCases() => Cases(CatalogueUnits);

    private static readonly Lazy<UnitCatalog> Catalogue =
        new(() => UnitCatalog.Parse(Repository.Read("data/reference/units.yaml"), "data/reference/units.yaml"));

    [TestCaseSource(nameof(FigureListCases))]
    public void Every_figure_of_the_snippet_comes_out_with_the_unit_that_governs_it(string input, string[] expected)
    {
        var figures = Extract(input).Where(m => m.IsFigure)
            .Select(m => $"{m.Text} = {m.Value?.ToString("G29", CultureInfo.InvariantCulture)} {m.Unit}").ToList();
        Assert.That(figures, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(FigureCases))]
    public void The_figure_is_read_with_its_kind_value_unit_and_qualifier(string input, string text, MentionKind kind, string value, string unit, string qualifier)
    {
        var figure = SingleMention(input, text);
        Assert.That(figure.Kind, Is.EqualTo(kind));
        Assert.That(figure.Value, Is.EqualTo(decimal.Parse(value, CultureInfo.InvariantCulture)));
        Assert.That(figure.Unit, Is.EqualTo(unit));
        Assert.That(figure.Qualifier, Is.EqualTo(qualifier));
    }

    [TestCaseSource(nameof(NonFigureCases))]
    public void The_text_is_not_a_figure_and_has_its_own_kind(string input, string text, MentionKind kind)
    {
        var mention = SingleMention(input, text);
        Assert.That(mention.Kind, Is.EqualTo(kind));
        Assert.That(mention.IsFigure, Is.False);
        Assert.That(mention.Value, Is.Null);
    }

    [TestCaseSource(nameof(NoFigureCases))]
    public void The_snippet_has_no_figure(string input)
    {
        Assert.That(Extract(input).Where(m => m.IsFigure).Select(m => m.Text), Is.Empty);
    }

    [TestCaseSource(nameof(CatalogueUnitCases))]
    public void The_unit_of_the_figure_is_in_the_unit_catalogue_with_its_dimension(string input, string unit, string dimension)
    {
        var figure = Extract(input).Single(m => m.IsFigure);
        Assert.That(figure.Unit, Is.EqualTo(unit));
        Assert.That(Catalogue.Value.Find(figure.Unit)?.Dimension.Key, Is.EqualTo(dimension));
    }

    [Test]
    public void A_per_mille_point_is_a_tenth_of_a_percentage_point_and_千_prefixes_a_unit_without_its_own_千()
    {
        Assert.That(Catalogue.Value.Convert(Stats.Core.Intervals.Interval.Point(1m), "个千分点", "个百分点"), Is.EqualTo(Stats.Core.Intervals.Interval.Point(0.1m)));
        Assert.That(Catalogue.Value.Convert(Stats.Core.Intervals.Interval.Point(1m), "千公顷", "公顷"), Is.EqualTo(Stats.Core.Intervals.Interval.Point(1000m)));
        Assert.That(Catalogue.Value.Find("千瓦")?.Dimension.Key, Is.EqualTo("power"));
    }

    [Test]
    public void Every_qualifier_the_extractor_stores_has_a_meaning_for_the_figure_reader()
    {
        var snippets = Figures.Select(row => (string)row[1]).Concat(FigureLists.Select(row => (string)row[1]));
        var qualifiers = snippets.SelectMany(s => Extract(s)).Where(m => m.IsFigure && m.Qualifier.Length > 0).Select(m => m.Qualifier).Distinct().ToList();
        Assert.That(qualifiers, Is.Not.Empty);
        foreach (var q in qualifiers) Assert.That(() => Stats.Core.Figures.QualifierWords.Parse(q), Throws.Nothing, q);
    }

    [Test]
    public void A_threshold_round_trips_through_its_name_and_is_never_a_figure()
    {
        Assert.That(MentionKind.Threshold.Name(), Is.EqualTo("threshold"));
        Assert.That(MentionKinds.Parse("threshold"), Is.EqualTo(MentionKind.Threshold));
        Assert.That(MentionKind.Threshold.IsFigure(), Is.False);
    }

    private static IReadOnlyList<Mention> Extract(string input) => new Extractor().Extract(new ReportText("snippet", input));

    private static Mention SingleMention(string input, string text)
    {
        var mentions = Extract(input);
        var found = mentions.Where(m => m.Text == text).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one '{text}' among: {string.Join(" | ", mentions.Select(m => $"{m.Text} ({m.Kind.Name()})"))}");
        return found[0];
    }

    [Test]
    public void A_unit_read_from_the_words_before_is_recorded_as_inferred_and_a_printed_one_is_not()
    {
        var mentions = new Extractor().Extract(new ReportText("fixture", "全年预算收入236万，完成投资3.2亿元。"));

        Assert.That(mentions.Where(m => m.IsFigure).Select(m => (m.Text, m.Unit, m.UnitInferred)),
            Is.EqualTo(new[] { ("236万", "元", true), ("3.2亿元", "元", false) }));
    }
}
