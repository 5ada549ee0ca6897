namespace Stats.Synthetic;

/// <summary>
/// Writes one clean report: true values drawn at random, printed with realistic precision, and every derived figure
/// (a total, a share, a growth rate, a ratio, a coverage rate) computed from the figures as printed, so the report's
/// figures agree with each other within printed rounding. Each figure offers the errors it could plausibly carry.
/// </summary>
internal sealed class ReportComposer(SeededRandom random)
{
    private readonly ReportDraft draft = new();

    // "全镇", "全乡" or "全苏木": how the report names its whole territory, set with the town's name.
    private string whole = "全镇";

    public ReportDraft Compose()
    {
        var town = TownName();
        draft.Text($"{town}政府工作报告\n\n  ——在{town}第四届人民代表大会第三次会议上\n\n  各位代表、同志们：\n\n");
        draft.Text($"  现在，我代表{town}人民政府向大会报告工作，请予审议，并请列席会议的同志们提出意见和建议。\n\n");
        draft.Text("  一、2022年工作回顾\n\n  ").Text(random.Pick(Vocabulary.Openings)).Text("\n\n  ");

        draft.Text(random.Pick(Vocabulary.EconomyHeads));
        Filler(Vocabulary.EconomyFiller, 0, 2);
        FixedAssetInvestment();
        var revenue = BudgetRevenue();
        if (random.Chance(0.6)) TotalIncome();
        if (random.Chance(0.5)) Output();
        Filler(Vocabulary.EconomyFiller, 0, 2);
        draft.Text("\n\n  ").Text(random.Pick(Vocabulary.FarmHeads));
        Filler(Vocabulary.FarmFiller, 0, 2);
        var grainArea = Grain();
        Livestock();
        Filler(Vocabulary.FarmFiller, 0, 1);
        List();
        draft.Text("\n\n  ").Text(random.Pick(Vocabulary.LivelihoodHeads));
        Filler(Vocabulary.LivelihoodFiller, 0, 2);
        Coverage();
        Road();
        Filler(Vocabulary.LivelihoodFiller, 1, 3);

        draft.Text("\n\n  二、2023年工作计划\n\n  ").Text(random.Pick(Vocabulary.PlanOpenings)).Text("\n\n  ");
        Targets(revenue, grainArea);
        draft.Text("\n\n  ");
        Filler(Vocabulary.PlanFiller, 2, 5);
        draft.Text("\n\n  ").Text(random.Pick(Vocabulary.Closings)).Text("\n");
        return draft;
    }

    private string TownName()
    {
        var a = random.Pick(Vocabulary.NameSyllables);
        string b;
        do b = random.Pick(Vocabulary.NameSyllables); while (b == a);
        var kind = random.Pick(Vocabulary.TownKinds);
        whole = "全" + kind;
        return a + b + kind;
    }

    private void Filler(IReadOnlyList<string> pool, int min, int max)
    {
        var count = random.Int(min, max + 1);
        var first = random.Int(0, pool.Count);
        for (var i = 0; i < count; i++) draft.Text(pool[(first + i) % pool.Count]);
    }

    // --- figures and the errors they may carry -----------------------------------------------------------------

    private int Level(decimal value, int decimals, string unit, bool typo = true, bool slip = false)
    {
        var figure = draft.Figure(PrintedNumber.Format(value, decimals), unit);
        if (typo) draft.Offer(figure, PlantedErrorKind.DigitTypo, (f, r) => DigitTypo.Apply(f.Numeral, r) is { } n ? f with { Numeral = n } : null);
        if (slip) draft.Offer(figure, PlantedErrorKind.UnitSlip, (f, _) => UnitSlip.Apply(f));
        return figure;
    }

    /// <summary>"同比增长 x%" or "同比下降 x%" for a signed rate already rounded to its printed precision.</summary>
    private int Growth(decimal signedPercent, int decimals)
    {
        draft.Text(signedPercent < 0m ? "同比下降" : "同比增长");
        return draft.Figure(PrintedNumber.Format(Math.Abs(signedPercent), decimals), "%");
    }

    /// <summary>A non-zero rate in [min, max) rounded to one decimal: "增长0.0%" is not how reports speak.</summary>
    private decimal Rate(decimal min, decimal max)
    {
        var rate = PrintedNumber.Round(random.Decimal(min, max), 1);
        return rate == 0m ? 0.1m : rate;
    }

    private void FixedAssetInvestment()
    {
        var value = random.Decimal(0.3m, 30m);
        draft.Text("全年累计完成固定资产投资");
        draft.Figure(PrintedNumber.Format(value, 2), "亿元");
        draft.Text("，");
        Growth(Rate(-15m, 25m), 1);
        draft.Text("。");
    }

    /// <summary>The 2022 general budget revenue, printed as drafted (its text and value), for the 2023 target to grow from.</summary>
    private sealed record Revenue(decimal Value, string Unit, int Decimals, decimal Printed);

    /// <summary>
    /// General budget revenue = tax + non-tax (an exhaustive partition): the total is the sum of the printed parts, its
    /// growth follows from the parts' printed levels and growth rates, and the shares are the printed parts over the total.
    /// </summary>
    private Revenue BudgetRevenue()
    {
        var tax = random.Decimal(800m, 30000m);
        var nonTaxShare = random.Decimal(0.01m, 0.35m);
        var decimals = random.Int(0, 3);
        var taxPrinted = PrintedNumber.Round(tax, decimals);
        var nonTaxPrinted = PrintedNumber.Round(tax * nonTaxShare / (1m - nonTaxShare), decimals);
        var sum = taxPrinted + nonTaxPrinted;
        var inYi = sum >= 10000m && random.Chance(0.5);
        var (totalValue, totalUnit, totalDecimals) = inYi ? (PrintedNumber.Round(sum / 10000m, 2), "亿元", 2) : (sum, "万元", decimals);
        var totalInWan = inYi ? totalValue * 10000m : totalValue;

        var taxGrowth = Rate(-8m, 20m);
        var nonTaxGrowth = Rate(-30m, 40m);
        var before = taxPrinted / (1m + taxGrowth / 100m) + nonTaxPrinted / (1m + nonTaxGrowth / 100m);
        var totalGrowth = PrintedNumber.Round((sum / before - 1m) * 100m, 1);

        if (random.Chance(0.4)) PreviousRevenue(totalValue, totalUnit, totalDecimals, totalGrowth);

        draft.Text("全年完成一般公共预算收入");
        Level(totalValue, totalDecimals, totalUnit, slip: true);
        draft.Text("，");
        var growth = Growth(totalGrowth, 1);
        draft.Offer(growth, PlantedErrorKind.IncoherentGrowth, (f, r) => OffGrowth(f, r));
        draft.Text(random.Chance(0.5) ? "，其中税收收入" : "。其中，税收收入");
        Level(taxPrinted, decimals, "万元", slip: true);
        draft.Text("，");
        Growth(taxGrowth, 1);
        var shares = random.Chance(0.7);
        if (shares) Share(taxPrinted / totalInWan * 100m);
        draft.Text("；非税收入");
        Level(nonTaxPrinted, decimals, "万元", slip: true);
        draft.Text("，");
        Growth(nonTaxGrowth, 1);
        if (shares && random.Chance(0.6)) Share(nonTaxPrinted / totalInWan * 100m);
        draft.Text("。");
        return new Revenue(totalValue, totalUnit, totalDecimals, totalInWan);
    }

    /// <summary>Last year's revenue, printed only where it agrees with this year's level and growth within rounding.</summary>
    private void PreviousRevenue(decimal total, string unit, int decimals, decimal growth)
    {
        var previous = PrintedNumber.Round(total / (1m + growth / 100m), decimals);
        if (previous <= 0m || !PrintedNumber.Covers(PrintedNumber.Format(growth, 1), (total / previous - 1m) * 100m)) return;
        draft.Text($"2021年{whole}一般公共预算收入为");
        Level(previous, decimals, unit);
        draft.Text("。");
    }

    private void Share(decimal exact)
    {
        draft.Text("，占比");
        var share = draft.Figure(PrintedNumber.Format(exact, 1), "%");
        draft.Offer(share, PlantedErrorKind.ShareMismatch, (f, r) =>
        {
            var wrong = PrintedNumber.Parse(f.Numeral) + (r.Chance(0.5) ? 1m : -1m) * PrintedNumber.Round(r.Decimal(1m, 8m), 1);
            return wrong is > 0.5m and < 99.5m ? f with { Numeral = PrintedNumber.Format(wrong, 1) } : null;
        });
    }

    // A growth that misses the parts by 1.5 to 6 points: enough to matter, small enough to look like a real figure. Only
    // the magnitude changes, since the word before it (增长/下降) stays.
    private static DraftFigure OffGrowth(DraftFigure figure, SeededRandom random)
    {
        var magnitude = PrintedNumber.Parse(figure.Numeral);
        var delta = PrintedNumber.Round(random.Decimal(1.5m, 6m), 1);
        var wrong = random.Chance(0.5) && magnitude - delta >= 0.1m ? magnitude - delta : magnitude + delta;
        return figure with { Numeral = PrintedNumber.Format(wrong, 1) };
    }

    /// <summary>Non-exhaustive parts under 其中 that leave room for what the report does not list.</summary>
    private void TotalIncome()
    {
        var total = random.Decimal(0.8m, 6m);
        var budget = total * random.Decimal(0.6m, 0.85m);
        var fund = total * random.Decimal(0.005m, 0.05m) * 10000m;
        var transfer = total * random.Decimal(0.005m, 0.05m) * 10000m;
        draft.Text("全年总收入");
        Level(total, 2, "亿元", slip: true);
        draft.Text("，其中一般公共预算财政拨款收入");
        Level(budget, 2, "亿元", slip: true);
        draft.Text("，政府性基金预算财政拨款收入");
        Level(fund, 0, "万元", slip: true);
        draft.Text("，上级专项转移支付收入");
        Level(transfer, 0, "万元", slip: true);
        draft.Text("。");
    }

    /// <summary>GDP = the three industries (exhaustive), with the structure ratio computed from the printed parts.</summary>
    private void Output()
    {
        var primary = random.Decimal(0.3m, 8m);
        var secondary = primary * random.Decimal(1m, 8m);
        var tertiary = primary * random.Decimal(1m, 6m);
        var parts = new[] { primary, secondary, tertiary }.Select(p => PrintedNumber.Round(p, 2)).ToArray();
        var sum = parts.Sum();
        draft.Text($"{whole}地区生产总值达到");
        Level(sum, 2, "亿元");
        draft.Text("，按可比价格计算");
        Growth(Rate(-3m, 12m), 1);
        string[] names = ["第一产业增加值", "第二产业增加值", "第三产业增加值"];
        draft.Text("，其中");
        for (var i = 0; i < 3; i++)
        {
            draft.Text(i == 0 ? names[i] : "、" + names[i]);
            Level(parts[i], 2, "亿元", slip: true);
        }
        draft.Text("，三次产业结构调整为");
        draft.Figure(string.Join(":", parts.Select(p => PrintedNumber.Format(p / sum * 100m, 1))), "");
        draft.Text("。");
    }

    /// <summary>Grain sown area and output with a yield of 300–700 kg/亩; returns the area in 亩.</summary>
    private decimal Grain()
    {
        var mu = random.Decimal(20000m, 150000m);
        var kgPerMu = random.Decimal(300m, 700m);
        var tonnes = mu * kgPerMu / 1000m;
        draft.Text("粮食种植总面积达到");
        switch (random.Int(0, 3))
        {
            case 0: Level(mu / 15m, 1, "公顷", slip: true); break;
            case 1: Level(mu / 10000m, 2, "万亩", slip: true); break;
            default: Level(mu, 0, "亩", slip: true); break;
        }
        draft.Text("，");
        Growth(Rate(-5m, 10m), 1);
        draft.Text("，全年粮食产量达到");
        if (tonnes >= 10000m && random.Chance(0.5)) Level(tonnes / 10000m, 2, "万吨", slip: true);
        else Level(tonnes, 0, "吨", slip: true);
        draft.Text("，");
        Growth(Rate(-8m, 15m), 1);
        draft.Text("。");
        return mu;
    }

    private void Livestock()
    {
        draft.Text("生猪、肉牛、肉羊、禽类存栏量分别达到");
        string[] units = ["万头", "万头", "万只", "万羽"];
        for (var i = 0; i < units.Length; i++)
        {
            if (i > 0) draft.Text("、");
            draft.Figure(PrintedNumber.Format(random.Decimal(0.1m, 12m), 2), units[i]);
        }
        draft.Text("。");
    }

    /// <summary>A count and some of its parts under 其中: the parts never exceed the whole.</summary>
    private void List()
    {
        var (lead, unit, names) = random.Pick(Vocabulary.Lists);
        var total = random.Int(20, 400);
        var room = (int)(total * random.Decimal(0.4m, 0.95m));
        var cuts = new[] { random.Int(1, 100), random.Int(1, 100), random.Int(1, 100) };
        var parts = cuts.Select(c => Math.Max(1, room * c / cuts.Sum())).ToArray();
        draft.Text(lead.Replace("全镇", whole, StringComparison.Ordinal));
        Level(total, 0, unit);
        draft.Text("，其中，");
        for (var i = 0; i < names.Length; i++)
        {
            draft.Text(i == 0 ? names[i] : "、" + names[i]);
            Level(parts[i], 0, unit);
        }
        draft.Text("。");
    }

    /// <summary>A coverage rate stated with its integer counts: k of N, and the rate k/N rounded (GRIM-consistent).</summary>
    private void Coverage()
    {
        var (who, classifier, has, rateName) = random.Pick(Vocabulary.Coverages);
        var n = random.Int(60, 900);
        var k = Math.Min(n - 1, (int)(n * random.Decimal(0.8m, 0.995m)));
        var decimals = random.Chance(0.7) ? 1 : 2;
        draft.Text($"{whole}{who}");
        draft.Figure(n.ToString(System.Globalization.CultureInfo.InvariantCulture), classifier);
        draft.Text("中已有");
        draft.Figure(k.ToString(System.Globalization.CultureInfo.InvariantCulture), classifier);
        draft.Text($"{has}，{rateName}达到");
        var rate = draft.Figure(PrintedNumber.Format((decimal)k / n * 100m, decimals), "%");
        draft.Text("。");
        long[] counts = [n, k];
        draft.Offer(rate, PlantedErrorKind.UnreachableRate, (f, r) => UnreachableNear(f, counts, r));
    }

    /// <summary>The nearest printed rates, within 3 points, that no k/N reaches: what a mistyped or made-up rate looks like.</summary>
    private static DraftFigure? UnreachableNear(DraftFigure figure, IReadOnlyList<long> counts, SeededRandom random)
    {
        var decimals = PrintedNumber.DecimalsOf(figure.Numeral);
        var step = PrintedNumber.HalfUnit(decimals) * 2m;
        var centre = PrintedNumber.Parse(figure.Numeral);
        var candidates = new List<string>();
        for (var d = step; d <= 3m; d += step)
            foreach (var v in new[] { centre - d, centre + d })
            {
                var numeral = PrintedNumber.Format(v, decimals);
                if (v is > 0m and < 100m && !RateGranularity.IsReachable(numeral, counts, 0.000001m)) candidates.Add(numeral);
            }
        return candidates.Count == 0 ? null : figure with { Numeral = random.Pick(candidates) };
    }

    private void Road()
    {
        var km = random.Decimal(5m, 120m);
        draft.Text("全年新改建农村公路");
        draft.Figure(PrintedNumber.Format(km, 1), "公里");
        draft.Text("，完成投资");
        draft.Figure(PrintedNumber.Format(km * random.Decimal(30m, 150m), 0), "万元");
        draft.Text("。");
    }

    /// <summary>Next year's targets: the revenue target grows from this year's printed revenue by the printed rate.</summary>
    private void Targets(Revenue revenue, decimal grainMu)
    {
        draft.Text("今年经济社会发展的主要预期目标是：完成一般公共预算收入");
        var growth = (decimal)random.Int(3, 10);
        // Rounding to whole 万元 moves a revenue of at least 800万元 by under 0.07 points: the integer rate still holds.
        var target = PrintedNumber.Round(revenue.Printed * (1m + growth / 100m), 0);
        Level(target, 0, "万元", slip: true);
        draft.Text("，");
        Growth(growth, 0);
        draft.Text("；固定资产投资增长");
        draft.Figure(PrintedNumber.Format(random.Int(5, 15), 0), "%以上");
        draft.Text("。力争粮食播种面积稳定在");
        draft.Figure(PrintedNumber.Format(grainMu / 10000m * 0.98m, 1), "万亩以上");
        draft.Text("。");
    }
}
