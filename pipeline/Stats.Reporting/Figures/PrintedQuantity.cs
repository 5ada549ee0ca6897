using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Reporting.Figures;

/// <summary>A quantity written the way a report prints it (1234万斤, 4.18万亩, 4177.5亩): a value with its multiplier applied, and the unit.</summary>
public sealed partial record PrintedQuantity(decimal Value, string Unit)
{
    private static readonly IReadOnlyDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        [""] = 1m, ["十"] = 10m, ["百"] = 100m, ["千"] = 1000m, ["万"] = 10000m, ["亿"] = 100000000m, ["万亿"] = 1000000000000m,
    };

    // Qualifiers after the unit (3.5万亩以上) widen the figure but do not change its unit.
    private static readonly string[] ApproximationSuffixes = ["以上", "以下", "左右"];

    /// <summary>Reads a hypothesis's reading of one figure; null when it is not a number with a unit.</summary>
    public static PrintedQuantity? Parse(string text)
    {
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return null;
        var number = decimal.Parse(m.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var unit = m.Groups["unit"].Value;
        foreach (var suffix in ApproximationSuffixes)
            if (unit.EndsWith(suffix, StringComparison.Ordinal)) unit = unit[..^suffix.Length];
        // 万 alone could be a unit-less multiplier; a reading needs a unit to be converted.
        return unit.Length == 0 ? null : new PrintedQuantity(number * Multipliers[m.Groups["multiplier"].Value], unit);
    }

    [GeneratedRegex(@"^[^0-9]*(?<number>[0-9][0-9,]*(?:\.[0-9]+)?)(?:余|多)?(?<multiplier>万亿|[十百千万亿]?)(?<unit>[^0-9\s]*)$")]
    private static partial Regex Pattern();
}
