using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.DataFiles;
using Stats.Core.Figures;
using Stats.Core.Intervals;
using Stats.Core.Units;
using YamlDotNet.RepresentationModel;

namespace Stats.Core.References;

/// <summary>Reference values and plausibility bands (data/reference/plausibility.yaml), each with its source.</summary>
public sealed partial class ReferenceSet
{
    private readonly Dictionary<string, Reference> references;

    private ReferenceSet(Dictionary<string, Reference> references) => this.references = references;

    public static ReferenceSet Empty { get; } = new(new Dictionary<string, Reference>(StringComparer.Ordinal));

    public IReadOnlyCollection<Reference> References => references.Values;

    public Reference? Find(string id) => references.GetValueOrDefault(id);

    /// <summary>
    /// Reads a <c>references:</c> list; each entry has id, label, unit, source and either <c>value</c> (a printed figure,
    /// read as the interval its rounding allows: 3900.5 → [3900.45, 3900.55)) or <c>low</c> and <c>high</c> (a closed band).
    /// With <paramref name="units"/>, every unit must be in the catalogue.
    /// </summary>
    public static ReferenceSet Parse(string yaml, string path, UnitCatalog? units = null)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("references");
        var result = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var item in root.Records("references", required: true))
        {
            item.AllowOnly("id", "label", "value", "low", "high", "unit", "source");
            var idNode = item.Scalar("id");
            var id = item.Text("id");
            if (!IdPattern().IsMatch(id)) throw item.Error(idNode, $"'{id}' is not a reference id (dotted words of letters, digits and _).");
            var unit = item.OptionalText("unit") ?? "";
            if (units is not null && units.Find(unit) is null) throw item.Error(item.Scalar("unit"), $"The unit '{unit}' is not in the unit catalogue.");
            var value = ReadValue(item);
            var location = path + ":" + ((int)item.Start.Line).ToString(CultureInfo.InvariantCulture);
            var text = item.OptionalScalar("value") is { } printed
                ? QuantityText.WithUnit(printed.Value!.Trim(), unit)
                : QuantityText.WithUnit(value.ToString(), unit);
            if (!result.TryAdd(id, new Reference(id, item.OptionalText("label") ?? "", value, unit, item.Text("source"), location, text)))
                throw item.Error(idNode, $"The reference id '{id}' is defined twice.");
        }
        return new ReferenceSet(result);
    }

    private static Interval ReadValue(YamlRecord item)
    {
        var value = item.OptionalScalar("value");
        var low = item.OptionalScalar("low");
        var high = item.OptionalScalar("high");
        if (value is not null)
        {
            if (low is not null || high is not null) throw item.Error(value, "Give either value or low and high, not both.");
            return Printed(item, value);
        }
        if (low is null || high is null) throw item.Error("Give either value or both low and high.");
        var (l, h) = (item.ParseNumber(low), item.ParseNumber(high));
        return l <= h ? Interval.Closed(l, h) : throw item.Error(high, $"high ({Interval.Show(h)}) is below low ({Interval.Show(l)}).");
    }

    private static Interval Printed(YamlRecord item, YamlScalarNode scalar)
    {
        item.ParseNumber(scalar);
        return PrintedNumber.TryParse(scalar.Value!.Trim(), 1m)?.Rounding ?? throw item.Error(scalar, $"'{scalar.Value}' is not a printed number.");
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")]
    private static partial Regex IdPattern();
}
