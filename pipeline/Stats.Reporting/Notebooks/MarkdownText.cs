using System.Net;
using System.Text;

namespace Stats.Reporting.Notebooks;

/// <summary>
/// Report text and rule wording made safe to show inside a markdown cell: HTML is escaped (a report containing
/// <c>&lt;script&gt;</c> shows it as text), markdown punctuation is backslash-escaped, '$' cannot start Jupyter's LaTeX,
/// and line breaks become spaces so one quote stays one paragraph.
/// </summary>
public static class MarkdownText
{
    // Text is always placed after a prefix ("> ", "- **Rule:** "), never at a line's start, so '.', '-', '+' and '!' cannot start
    // a list or image there; brackets are escaped, so no link or image can form either.
    private const string MarkdownPunctuation = "\\`*_[]#|~$";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '"': escaped.Append("&quot;"); break;
                default:
                    if (MarkdownPunctuation.Contains(c)) escaped.Append('\\');
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>Text shown as inline code: HTML-escaped inside a &lt;code&gt; element, so no backtick in it can end the span.</summary>
    public static string Code(string text) => "<code>" + WebUtility.HtmlEncode(text.ReplaceLineEndings(" ")).Replace("$", "&#36;", StringComparison.Ordinal) + "</code>";
}
