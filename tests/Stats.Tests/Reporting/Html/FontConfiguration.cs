namespace Stats.Tests.Reporting.Html;

/// <summary>
/// A fontconfig configuration of its own folder, for Chromium: a few Latin-only fonts (DejaVu or Liberation, whichever the
/// machine has), and with <see cref="WithChineseFont"/> the bundled CJK font besides. The generic families are bound to
/// the Latin font, so the two configurations draw Latin text alike and differ only in whether a Chinese font exists.
/// </summary>
public sealed record FontConfiguration(string Folder, string File)
{
    private static readonly (string Sans, string Mono)[] LatinFonts =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"),
    ];

    /// <summary>The configuration under <paramref name="folder"/>; ignored (failed under CI) when no Latin font is installed.</summary>
    public static FontConfiguration Create(string folder, bool withChineseFont)
    {
        var (sans, mono) = LatinFonts.FirstOrDefault(f => System.IO.File.Exists(f.Sans) && System.IO.File.Exists(f.Mono));
        if (sans is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("no DejaVu or Liberation font is installed for the font test.");
            Assert.Ignore("no DejaVu or Liberation font is installed (and CI is not 'true').");
        }
        var fonts = Path.Combine(folder, "fonts");
        Directory.CreateDirectory(fonts);
        // Bold faces too, so headings and badges are drawn from a real bold face in both configurations alike.
        foreach (var face in new[] { sans, Bold(sans), mono, Bold(mono) }.Where(System.IO.File.Exists))
            System.IO.File.Copy(face, Path.Combine(fonts, Path.GetFileName(face)), overwrite: true);
        if (withChineseFont) System.IO.File.Copy(Stats.Reporting.Plots.ChartFont.Bundled.Path, Path.Combine(fonts, "wqy-microhei.ttc"), overwrite: true);
        var family = Family(sans);
        var monoFamily = Family(mono);
        var file = Path.Combine(folder, "fonts.conf");
        System.IO.File.WriteAllText(file, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(folder, "cache")}</cachedir>
              <alias binding="same"><family>sans-serif</family><prefer><family>{family}</family></prefer></alias>
              <alias binding="same"><family>serif</family><prefer><family>{family}</family></prefer></alias>
              <alias binding="same"><family>system-ui</family><prefer><family>{family}</family></prefer></alias>
              <alias binding="same"><family>monospace</family><prefer><family>{monoFamily}</family></prefer></alias>
            </fontconfig>
            """);
        return new FontConfiguration(folder, file);
    }

    // DejaVuSans.ttf → DejaVuSans-Bold.ttf, LiberationSans-Regular.ttf → LiberationSans-Bold.ttf.
    private static string Bold(string regular) => regular.EndsWith("-Regular.ttf", StringComparison.Ordinal)
        ? regular[..^"-Regular.ttf".Length] + "-Bold.ttf"
        : regular[..^".ttf".Length] + "-Bold.ttf";

    private static string Family(string path) => Path.GetFileNameWithoutExtension(path) switch
    {
        "DejaVuSans" => "DejaVu Sans",
        "DejaVuSansMono" => "DejaVu Sans Mono",
        "LiberationSans-Regular" => "Liberation Sans",
        _ => "Liberation Mono",
    };
}
