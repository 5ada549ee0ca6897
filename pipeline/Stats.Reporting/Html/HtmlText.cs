using System.Net;

namespace Stats.Reporting.Html;

/// <summary>Every piece of text put into the report goes through here: report text is data, never markup.</summary>
public static class HtmlText
{
    /// <summary>Escapes &lt; &gt; &amp; " and ' (WebUtility writes ' as &amp;#39;), so text is safe in content and in quoted attributes.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
