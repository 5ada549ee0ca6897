using System.Text;

namespace Stats.Reporting.Notebooks;

/// <summary>Strings from the data (check kinds, file names) written into generated C# as regular string literals.</summary>
public static class CSharpLiteral
{
    public static string Of(string value)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return literal.Append('"').ToString();
    }
}
