using System.Globalization;
using System.Text;

namespace Stats.Synthetic;

/// <summary>
/// Generates a place's statistical bulletins over three years (2020–2022) whose levels and growth rates agree across years
/// within the printed rounding, with at most one planted cross-year error, to measure the recall of the cross-year checks by
/// kind; a clean series must raise no flag. Series <c>i</c> of seed <c>s</c> depends on nothing but (s, i). Every fourth
/// series is clean; the others plant the kinds in turn.
/// </summary>
public sealed class SeriesGenerator(int seed)
{
    public const int FirstYear = 2020;
    public const int Years = 3;

    // Indicators with their unit, printed decimals and a first-year range; none is at constant prices or on a comparable
    // basis, so a gap in a clean series could only be the checks' own error.
    private static readonly (string Name, string Unit, int Decimals, decimal Min, decimal Max)[] Indicators =
    [
        ("粮食产量", "吨", 0, 20000m, 400000m),
        ("肉类总产量", "吨", 0, 3000m, 60000m),
        ("快递业务量", "万件", 2, 300m, 20000m),
        ("社会消费品零售总额", "亿元", 2, 20m, 900m),
        ("金融机构存款余额", "亿元", 2, 50m, 2000m),
        ("邮政业务收入", "万元", 0, 2000m, 90000m),
        ("年末常住人口", "万人", 2, 10m, 200m),
        ("造林面积", "公顷", 0, 300m, 9000m),
    ];

    public int Seed => seed;

    public SyntheticSeries Series(int index)
    {
        var random = new SeededRandom(seed, 1_000_000 + index);
        var place = "样例" + "甲乙丙丁戊己庚辛壬癸"[index % 10] + "县";
        var chosen = Indicators.Where(_ => random.Chance(0.7)).ToList();
        if (chosen.Count < 3) chosen = Indicators.Take(3).ToList();
        var truth = chosen.Select(i =>
        {
            var values = new decimal[Years + 1];
            values[0] = random.Decimal(i.Min, i.Max);
            for (var t = 1; t <= Years; t++) values[t] = values[t - 1] * (1m + random.Decimal(-0.08m, 0.16m));
            return values;
        }).ToList();
        // printed[k][t]: the numeral year t prints for indicator k; base[k][t]: the level its growth is computed on.
        var printed = chosen.Select((ind, k) => truth[k].Select(v => Round(v, ind.Decimals)).ToArray()).ToList();
        var bases = truth.Select(v => v.ToArray()).ToList();

        SeriesPlant? plant = null;
        if (index % 4 != 0)
        {
            var kind = (SeriesErrorKind)((index % 4 - 1) % 3);
            var k = random.Int(0, chosen.Count);
            const int middle = 2; // 2021: printed by the middle report, checked by the last
            var ind = chosen[k];
            switch (kind)
            {
                case SeriesErrorKind.TenfoldSlip:
                    var moved = truth[k][middle] * (random.Chance(0.5) ? 10m : 0.1m);
                    printed[k][middle] = Round(moved, ind.Decimals + (moved < truth[k][middle] ? 1 : 0));
                    break;
                case SeriesErrorKind.DigitTypo:
                    printed[k][middle] = DigitTypo.Apply(printed[k][middle], random) ?? printed[k][middle];
                    break;
                case SeriesErrorKind.Revision:
                    bases[k][middle] = truth[k][middle] * (1m + (random.Chance(0.5) ? 1 : -1) * random.Decimal(0.01m, 0.04m));
                    break;
            }
            var year = kind == SeriesErrorKind.Revision ? FirstYear + middle : FirstYear + middle - 1;
            plant = new SeriesPlant(kind, year, ind.Name, kind == SeriesErrorKind.Revision ? "" : printed[k][middle] + ind.Unit);
        }

        var reports = new List<(int, string)>();
        for (var t = 1; t <= Years; t++)
        {
            var year = FirstYear + t - 1;
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{place}{year}年国民经济和社会发展统计公报\n");
            for (var k = 0; k < chosen.Count; k++)
            {
                var ind = chosen[k];
                var growth = (truth[k][t] / bases[k][t - 1] - 1m) * 100m;
                var word = growth < 0 ? "下降" : "增长";
                text.Append(CultureInfo.InvariantCulture,
                    $"{year}年全县{ind.Name}{printed[k][t]}{ind.Unit}，比上年{word}{Math.Round(Math.Abs(growth), 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)}%。\n");
            }
            reports.Add((year, text.ToString()));
        }
        return new SyntheticSeries(place, reports, plant);
    }

    public IEnumerable<SyntheticSeries> Many(int count, int first = 0)
    {
        for (var i = 0; i < count; i++) yield return Series(first + i);
    }

    private static string Round(decimal v, int decimals) =>
        Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
