using Stats.Core.Diagnosis;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Tables;
using Stats.Reporting;

namespace Stats.Tests.Reporting;

/// <summary>
/// Hand-made extract, check and diagnose results for an excerpt of the bundled Ejin Horo town report: the real figures,
/// the findings the checks would give (the 2023 budget growth and the 95% completion rate fail, 5016万吨 of grain fails
/// the yield band), and the unit hypotheses the diagnosis would offer.
/// </summary>
public sealed class EjinHoroSample
{
    public const string Text =
        "一、2022年工作回顾\n" +
        "累计完成固定资产投资1.28亿元，同比增长10.95%；全年总收入1.99亿元，其中一般公共预算财政拨款收入1.85亿元，政府性基金预算财政拨款收入210万元。\n" +
        "打造高标准农田942亩，粮食种植总面积达到41779.9公顷，同比增长3.4%，全年粮食产量达到5016万吨，同比增长5.2%。\n" +
        "完成场所码推广281家，覆盖率达到96.8%。10个待批项目中30项手续办理完成率达到95%。\n" +
        "二、2023年工作安排\n" +
        "今年经济社会发展的主要预期目标是:完成一般公共预算收入6829.11万元，同比增长3%。\n" +
        "其中，税收收入预计完成6728.14万元，同比增长1.4%，占比98.5%；非税收收入预计完成100.97万元，同比增长3%，占比1.5%。\n" +
        "力争2023年粮食种植面积达到6.47万亩以上。\n";

    public const string GrainRule = "grain-yield-band";
    public const string BudgetGrowthRule = "growth:16:17:18:19:21:22";

    private readonly List<Mention> mentions = [];
    private int searchFrom;

    public EjinHoroSample()
    {
        Report = new ReportText("report.txt", Text);
        const decimal Yi = 100000000m, Wan = 10000m;
        Add("1.28亿元", MentionKind.Amount, 1.28m, Yi, "元", Dimension.Money, 2, "固定资产投资", 2022, Basis.Actual);
        Add("10.95%", MentionKind.Percent, 10.95m, 1m, "%", Dimension.Percent, 2, "固定资产投资", 2022, Basis.Actual, Role.Growth, linkedTo: 1);
        Add("1.99亿元", MentionKind.Amount, 1.99m, Yi, "元", Dimension.Money, 2, "全年总收入", 2022, Basis.Actual);
        Add("1.85亿元", MentionKind.Amount, 1.85m, Yi, "元", Dimension.Money, 2, "一般公共预算财政拨款收入", 2022, Basis.Actual);
        Add("210万元", MentionKind.Amount, 210m, Wan, "元", Dimension.Money, 0, "政府性基金预算财政拨款收入", 2022, Basis.Actual);
        Add("942亩", MentionKind.Quantity, 942m, 1m, "亩", Dimension.Area, 0, "高标准农田", 2022, Basis.Actual);
        Add("41779.9公顷", MentionKind.Quantity, 41779.9m, 1m, "公顷", Dimension.Area, 1, "粮食种植总面积", 2022, Basis.Actual);
        Add("3.4%", MentionKind.Percent, 3.4m, 1m, "%", Dimension.Percent, 1, "粮食种植总面积", 2022, Basis.Actual, Role.Growth, linkedTo: 7);
        Add("5016万吨", MentionKind.Quantity, 5016m, Wan, "吨", Dimension.Mass, 0, "粮食产量", 2022, Basis.Actual);
        Add("5.2%", MentionKind.Percent, 5.2m, 1m, "%", Dimension.Percent, 1, "粮食产量", 2022, Basis.Actual, Role.Growth, linkedTo: 9);
        Add("281家", MentionKind.Count, 281m, 1m, "家", Dimension.Count, 0, "场所码推广", 2022, Basis.Actual);
        Add("96.8%", MentionKind.Percent, 96.8m, 1m, "%", Dimension.Percent, 1, "覆盖率", 2022, Basis.Actual, Role.Rate);
        Add("10个", MentionKind.Count, 10m, 1m, "个", Dimension.Count, 0, "待批项目", 2022, Basis.Actual);
        Add("30项", MentionKind.Count, 30m, 1m, "项", Dimension.Count, 0, "手续", 2022, Basis.Actual);
        Add("95%", MentionKind.Percent, 95m, 1m, "%", Dimension.Percent, 0, "手续办理完成率", 2022, Basis.Actual, Role.Rate);
        Add("6829.11万元", MentionKind.Amount, 6829.11m, Wan, "元", Dimension.Money, 2, "一般公共预算收入", 2023, Basis.Target);
        Add("3%", MentionKind.Percent, 3m, 1m, "%", Dimension.Percent, 0, "一般公共预算收入", 2023, Basis.Target, Role.Growth, linkedTo: 16);
        Add("6728.14万元", MentionKind.Amount, 6728.14m, Wan, "元", Dimension.Money, 2, "税收收入", 2023, Basis.Target);
        Add("1.4%", MentionKind.Percent, 1.4m, 1m, "%", Dimension.Percent, 1, "税收收入", 2023, Basis.Target, Role.Growth, linkedTo: 18);
        Add("98.5%", MentionKind.Percent, 98.5m, 1m, "%", Dimension.Percent, 1, "税收收入", 2023, Basis.Target, Role.Share, linkedTo: 18);
        Add("100.97万元", MentionKind.Amount, 100.97m, Wan, "元", Dimension.Money, 2, "非税收收入", 2023, Basis.Target);
        Add("3%", MentionKind.Percent, 3m, 1m, "%", Dimension.Percent, 0, "非税收收入", 2023, Basis.Target, Role.Growth, linkedTo: 21);
        Add("1.5%", MentionKind.Percent, 1.5m, 1m, "%", Dimension.Percent, 1, "非税收收入", 2023, Basis.Target, Role.Share, linkedTo: 21);
        Add("6.47万亩以上", MentionKind.Quantity, 6.47m, Wan, "亩", Dimension.Area, 2, "粮食种植面积", 2023, Basis.Target, qualifier: "以上");
        Mentions = mentions;

        Findings =
        [
            Finding("parts:3:4:5", "parts", CheckStatus.Pass, [3, 4, 5], Interval.HalfOpen(198500000m, 199500000m), Interval.HalfOpen(186500000m, 187500000m),
                "The parts 1.85亿元 + 210万元 = [186500000, 187500000) 元 not exceed the total 1.99亿元 = [198500000, 199500000) 元 (the list under 其中 need not be exhaustive).",
                "parts do not exceed their total"),
            Finding("parts:16:18:21", "parts", CheckStatus.Pass, [16, 18, 21], Interval.HalfOpen(68291050m, 68291150m), Interval.HalfOpen(68291000m, 68291200m),
                "The parts 6728.14万元 + 100.97万元 = [68291000, 68291200) 元 equal the total 6829.11万元 = [68291050, 68291150) 元 (tax and non-tax revenue make up general public budget revenue (一般公共预算收入 = 税收收入 + 非税收入)).",
                "exhaustive parts add up to their total"),
            Finding("share:16:18:20", "share", CheckStatus.Pass, [16, 18, 20], Interval.HalfOpen(98.45m, 98.55m), Interval.Open(98.52055m, 98.52232m),
                "6728.14万元 / 6829.11万元 = (98.52055, 98.52232)% meets the stated share 98.5% = [98.45, 98.55)%.", "a stated share equals part / total"),
            Finding("share:16:21:23", "share", CheckStatus.Pass, [16, 21, 23], Interval.HalfOpen(1.45m, 1.55m), Interval.Open(1.477670m, 1.479428m),
                "100.97万元 / 6829.11万元 = (1.47767, 1.479428)% meets the stated share 1.5% = [1.45, 1.55)%.", "a stated share equals part / total"),
            Finding(BudgetGrowthRule, "growth", CheckStatus.Fail, [16, 17, 18, 19, 21, 22], Interval.HalfOpen(2.5m, 3.5m), Interval.Closed(1.3682m, 1.4746m),
                "The parts imply a base-year total of 6728.14万元/(1+1.4%) + 100.97万元/(1+3%) = [67320550, 67347190] 元, so growth of [1.3682, 1.4746]%, which misses the stated 3% = [2.5, 3.5)%.",
                "the growth of a total follows from its parts' growth", margin: 1.0254m),
            Finding("granularity:11:12", "granularity", CheckStatus.Pass, [11, 12], Interval.HalfOpen(96.75m, 96.85m), null,
                "96.8% = [96.75, 96.85) is reachable as k/N with N or k among 281家 (a random rate of this precision would fail with probability 0.645).",
                "rate reachable as k/N from the stated counts"),
            Finding("granularity:13:14:15", "granularity", CheckStatus.Fail, [13, 14, 15], Interval.HalfOpen(94.5m, 95.5m), null,
                "No integer k/N with N or k among 10个, 30项 lies in 95% = [94.5, 95.5); a random rate of this precision would fail with probability 0.663.",
                "rate reachable as k/N from the stated counts"),
            Finding(GrainRule, "rule", CheckStatus.Fail, [7, 9], Interval.Closed(50m, 1300m), Interval.Closed(80030m, 80047m),
                "5016万吨 / 41779.9公顷 gives a grain yield of [80030, 80047] kg/亩 (1200.6 t/ha), outside the possible band [50, 1300] kg/亩.",
                "grain yield (粮食单产) within the plausible band", source: "rules.yaml:12", margin: 78730m),
            Finding("area-target-vs-actual", "rule", CheckStatus.Warn, [7, 24], Interval.Closed(-30m, 30m), Interval.Closed(-89.69m, -89.66m),
                "The 2023 target 6.47万亩以上 is 89.7% below the 2022 area 41779.9公顷 = 62.67万亩; a change of more than 30% deserves a look.",
                "a target area stays near the actual area", source: "rules.yaml:20", severity: Severity.Warning),
            Finding("investment-real-growth", "growth", CheckStatus.NotEvaluable, [1, 2], Interval.HalfOpen(10.945m, 10.955m), null,
                "The growth 10.95% of 固定资产投资 has no previous level in the report, so it cannot be recomputed.",
                "a level and its growth agree with the previous level"),
            Finding("revenue-per-capita", "rule", CheckStatus.Error, [3], null, null,
                "The rule's expression refers to 'population', which no figure provides (KeyNotFoundException).",
                "revenue per resident", source: "rules.yaml:31"),
        ];

        Hypotheses =
        [
            Hypothesis(GrainRule, 1, [9, 7], "5016万吨 | 41779.9公顷", "5016万斤 | 41779.9亩", "unit", 1, 0, 2.4m,
                "Read as 5016万斤 on 41779.9亩, the yield is 25080000 kg / 41779.9 亩 = 600.29 kg/亩 = 9.0044 t/ha, inside the plausible band."),
            Hypothesis(GrainRule, 2, [9], "5016万吨", "5016万斤", "unit", 0, 0, 0.6m,
                "Read as 5016万斤, the yield is 25080000 kg / 626698.5 亩 = 40.02 kg/亩 = 0.6003 t/ha, still below 50 kg/亩."),
            Hypothesis(GrainRule, 3, [9], "5016万吨", "5016吨", "unit", 0, 0, 0.3m,
                "Read as 5016吨, the yield is 5016000 kg / 626698.5 亩 = 8 kg/亩 = 0.1201 t/ha, far below 50 kg/亩."),
            Hypothesis(GrainRule, 4, [7], "41779.9公顷", "41779.9亩", "unit", 0, 1, -0.5m,
                "Read as 41779.9亩, the yield is 50160000000 kg / 41779.9 亩 = 1200577.4 kg/亩 = 18008.66 t/ha, even less plausible."),
            Hypothesis(BudgetGrowthRule, 1, [17], "3%", "1.4%", "typo", 1, 0, 1.1m,
                "Read as 1.4%, the stated growth [1.35, 1.45)% meets the growth [1.3682, 1.4746]% the parts imply."),
        ];
    }

    public ReportText Report { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<Hypothesis> Hypotheses { get; }

    public Mention this[int id] => Mentions.Single(m => m.Id == id);

    public ReportInput Input() => new()
    {
        ReportName = "ejin-horo-town-2023 (excerpt)",
        InputSha256 = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
        Mentions = Mentions,
        Findings = Findings,
        Hypotheses = Hypotheses,
        Sentences = Mentions.ToDictionary(m => m.Id, m => Report.Slice(m.Sentence)),
        SentencePositions = Mentions.ToDictionary(m => m.Id, m => Report.Position(m.Sentence.Start)),
    };

    /// <summary>A report folder holding report.txt, and an --out folder holding the three earlier stages' tables.</summary>
    public (string ReportFolder, string OutDir) WriteTo(string folder)
    {
        var reportFolder = Path.Combine(folder, "ejin-horo-town-2023");
        var outDir = Path.Combine(folder, "out");
        Directory.CreateDirectory(reportFolder);
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(reportFolder, "report.txt"), Text, new System.Text.UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(outDir, "mentions.csv"), CsvFile.ToBytes(MentionTable.ToDataFrame(Mentions, Report)));
        File.WriteAllBytes(Path.Combine(outDir, "findings.csv"), CsvFile.ToBytes(FindingTable.ToDataFrame(Findings)));
        File.WriteAllBytes(Path.Combine(outDir, "hypotheses.csv"), CsvFile.ToBytes(HypothesisTable.ToDataFrame(Hypotheses)));
        return (reportFolder, outDir);
    }

    private void Add(string text, MentionKind kind, decimal number, decimal multiplier, string unit, Dimension dimension, int decimals,
        string subject, int period, Basis basis, Role role = Role.Level, int? linkedTo = null, string qualifier = "")
    {
        var start = Text.IndexOf(text, searchFrom, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"'{text}' is not in the sample after offset {searchFrom}.");
        searchFrom = start + text.Length;
        var sentenceStart = Math.Max(Text.LastIndexOfAny(['\n', '。'], start) + 1, 0);
        var stop = Text.IndexOfAny(['\n', '。'], start);
        var sentenceEnd = Text[stop] == '。' ? stop + 1 : stop;
        mentions.Add(new Mention
        {
            Id = mentions.Count + 1,
            Span = new TextSpan(start, start + text.Length),
            Text = text,
            Kind = kind,
            Value = number * multiplier,
            Number = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Unit = unit,
            Multiplier = multiplier,
            Dimension = dimension,
            Qualifier = qualifier,
            Decimals = decimals,
            Role = role,
            LinkedTo = linkedTo,
            Period = period,
            Basis = basis,
            Subject = subject,
            Section = period == 2022 ? "一、2022年工作回顾" : "二、2023年工作安排",
            Sentence = new TextSpan(sentenceStart, sentenceEnd),
        });
    }

    private static Finding Finding(string rule, string kind, CheckStatus status, int[] ids, Interval? expected, Interval? observed, string message,
        string label, string source = "auto", decimal? margin = null, Severity severity = Severity.Error) => new()
    {
        Rule = rule,
        Kind = kind,
        Severity = severity,
        Status = status,
        Mentions = ids,
        Evidence = string.Join(" | ", ids.Select(id => SampleTexts.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        Expected = expected,
        Observed = observed,
        Margin = margin ?? (status == CheckStatus.Pass ? 0m : null),
        Message = message,
        Origin = FindingOrigin.Parse(source),
        Label = label,
    };

    private static readonly Dictionary<int, string> SampleTexts = new()
    {
        [1] = "1.28亿元", [2] = "10.95%", [3] = "1.99亿元", [4] = "1.85亿元", [5] = "210万元", [7] = "41779.9公顷", [9] = "5016万吨",
        [11] = "281家", [12] = "96.8%", [13] = "10个", [14] = "30项", [15] = "95%", [16] = "6829.11万元", [17] = "3%", [18] = "6728.14万元",
        [19] = "1.4%", [20] = "98.5%", [21] = "100.97万元", [22] = "3%", [23] = "1.5%", [24] = "6.47万亩以上",
    };

    private static Hypothesis Hypothesis(string rule, int rank, int[] ids, string original, string reading, string kind, int fixedCount, int broken,
        decimal score, string explanation) => new()
    {
        Rule = rule,
        Rank = rank,
        Mentions = ids,
        Original = original,
        Reading = reading,
        Readings = ReadingsOf(ids, reading),
        Kind = kind,
        ChecksFixed = fixedCount,
        ChecksBroken = broken,
        Score = score,
        Explanation = explanation,
    };

    // The sample's readings as quantities, read from their text by the extractor itself (one number parser in the project).
    private static IReadOnlyList<FigureReading> ReadingsOf(int[] ids, string reading) =>
        reading.Split('|', StringSplitOptions.TrimEntries).Select((text, i) =>
        {
            var figure = new Extractor().Extract(new ReportText("reading", text)).First(m => m.IsFigure);
            return new FigureReading(ids[i], figure.Value, figure.Unit, figure.Multiplier);
        }).ToList();
}
