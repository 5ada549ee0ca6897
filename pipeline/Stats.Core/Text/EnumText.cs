using System.Text;

namespace Stats.Core.Text;

/// <summary>An enum value as outputs write it: its name in snake case (NotEvaluable → not_evaluable, PerCapita → per_capita).</summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
