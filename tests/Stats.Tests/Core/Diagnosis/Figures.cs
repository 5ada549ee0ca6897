using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Core.Diagnosis;

/// <summary>Hand-built figure mentions for tests that need no report text.</summary>
public static class Figures
{
    public static Mention Of(string number, decimal multiplier, string unit, MentionKind kind = MentionKind.Quantity, Role role = Role.Level, int id = 1, string qualifier = "")
    {
        var numeral = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        var text = number + Stats.Core.Diagnosis.PrintedUnit.MultiplierWord(multiplier) + unit + qualifier;
        return new Mention
        {
            Id = id,
            Span = new TextSpan(0, text.Length),
            Text = text,
            Kind = kind,
            Value = numeral * multiplier,
            Number = number,
            Unit = unit,
            Multiplier = multiplier,
            Qualifier = qualifier,
            Decimals = decimals,
            Role = role,
            Sentence = new TextSpan(0, text.Length),
        };
    }
}
