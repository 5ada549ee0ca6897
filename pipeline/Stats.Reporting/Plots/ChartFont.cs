namespace Stats.Reporting.Plots;

/// <summary>
/// The font every plot label is drawn in, loaded from a file so the plots look the same on any machine: ScottPlot picks
/// no CJK font by itself, and Noto Sans CJK breaks its text layout.
/// </summary>
public sealed record ChartFont(string Name, string Path)
{
    private static readonly Lock Registration = new();
    private static readonly HashSet<ChartFont> Registered = [];

    /// <summary>WenQuanYi Micro Hei, bundled with this library (Fonts/wqy-microhei.ttc, Apache-2.0 or GPL-3+ with font exception).</summary>
    public static ChartFont Bundled { get; } = new(
        "WenQuanYi Micro Hei",
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(ChartFont).Assembly.Location) ?? AppContext.BaseDirectory, "Fonts", "wqy-microhei.ttc"));

    /// <summary>The face of <see cref="Path"/> this font is (a .ttc collection holds several; ScottPlot and Skia take the first).</summary>
    public int FaceIndex => 0;

    /// <summary>Makes the font known to ScottPlot under <see cref="Name"/>; ScottPlot's font table is global, so this runs once per font.</summary>
    public void Register()
    {
        lock (Registration)
        {
            if (Registered.Contains(this)) return;
            if (!File.Exists(Path)) throw new FileNotFoundException($"The plot font {Name} is missing; it ships with Stats.Reporting.", Path);
            ScottPlot.Fonts.AddFontFile(Name, Path);
            Registered.Add(this);
        }
    }
}
