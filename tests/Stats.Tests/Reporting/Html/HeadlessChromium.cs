using System.Diagnostics;

namespace Stats.Tests.Reporting.Html;

/// <summary>
/// Runs Chromium headless on a local file with a fresh profile and no background networking, returning what it printed:
/// the dumped DOM (or nothing, for a screenshot) and its log, where console messages appear as ":CONSOLE" lines.
/// </summary>
public sealed record HeadlessChromium(string Executable)
{
    /// <summary>A fontconfig file Chromium reads instead of the system's (FONTCONFIG_FILE), so a test chooses which fonts exist.</summary>
    public FontConfiguration? Fonts { get; init; }

    // A whole long page drawn on a busy two-core machine takes a while.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(240);

    /// <summary>Chromium if installed; otherwise the test is ignored, except under CI, where it must be there.</summary>
    public static HeadlessChromium RequireOrIgnore()
    {
        var found = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "chromium")))
            .FirstOrDefault(File.Exists);
        if (found is not null) return new HeadlessChromium(found);
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("chromium is not installed; .ci/run installs it.");
        Assert.Ignore("chromium is not installed (and CI is not 'true').");
        throw new InvalidOperationException("unreachable");
    }

    public (string Stdout, string Log) DumpDom(string htmlPath, int width = 1280, int height = 2000) =>
        Run(htmlPath, ["--dump-dom", $"--window-size={width},{height}", "--virtual-time-budget=3000"]);

    /// <summary>
    /// A screenshot of the window's <paramref name="width"/> × <paramref name="height"/> CSS pixels; a <paramref name="scale"/>
    /// below 1 draws the same layout in fewer pixels (a whole long page in a quarter of them at 0.5).
    /// </summary>
    public (string Stdout, string Log) Screenshot(string htmlPath, string pngPath, int width = 1280, int height = 2000, double scale = 1) =>
        Run(htmlPath, [$"--screenshot={pngPath}", $"--window-size={width},{height}", $"--force-device-scale-factor={scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "--hide-scrollbars",
            // Every tile rastered from the final layout (after the embedded font has loaded), not an earlier frame's.
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000"]);

    private (string Stdout, string Log) Run(string htmlPath, IEnumerable<string> action)
    {
        var profile = Path.Combine(Path.GetTempPath(), "stats-chromium-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Fonts is not null) info.Environment["FONTCONFIG_FILE"] = Fonts.File;
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}",
                     "--enable-logging=stderr", "--v=0",
                 }.Concat(action).Append(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri))
            info.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
            }
            process.WaitForExit();
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The log lines that are page console messages (errors, warnings, CSP violations, logs).</summary>
    public static IReadOnlyList<string> ConsoleLines(string log) =>
        log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
}
