namespace Stats.Core.Rules;

/// <summary>How findings print a value with its unit: CJK units and % follow the number, Latin units after a space.</summary>
public static class Quantities
{
    public static string WithUnit(string number, string unit) =>
        unit.Length == 0 ? number : char.IsAsciiLetter(unit[0]) ? number + " " + unit : number + unit;
}
