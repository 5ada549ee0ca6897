using Stats.Core.DataFiles;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>Reads data/reference/unit-slips.yaml: the families of printed units a unit slip moves within.</summary>
public static class UnitFamilies
{
    public static IReadOnlyList<UnitFamily> Parse(string yaml, string path)
    {
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("families");
        return root.Records("families", required: true).Select(item =>
        {
            item.AllowOnly("dimension", "units");
            var units = item.Words("units");
            if (units.Count < 2) throw item.Error("A family needs at least two units.");
            return new UnitFamily(item.Text("dimension"), units);
        }).ToList();
    }
}
