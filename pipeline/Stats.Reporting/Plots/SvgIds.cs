using System.Text.RegularExpressions;

namespace Stats.Reporting.Plots;

/// <summary>
/// Skia's SVG canvas numbers clip paths from a process-wide counter (cl_3e on one render, cl_4e on the next); renumbering
/// them by first appearance makes the SVG the same text on every render.
/// </summary>
public static partial class SvgIds
{
    public static string Renumber(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "clip" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return id;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
