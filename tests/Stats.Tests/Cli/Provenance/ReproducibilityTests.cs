using Stats.Tests.Cli;

namespace Stats.Tests.Cli.Provenance;

/// <summary>
/// Every output but the manifest's clock readings is the same byte for byte across runs, cultures, locales and working
/// directories. Output folders are siblings under one parent, so the manifest's relative paths compare equal too.
/// </summary>
public class ReproducibilityTests
{
    private static readonly string Bundled = Repository.BundledReport;

    private static string Parent => Path.Combine(TestContext.CurrentContext.WorkDirectory, "repro");

    /// <summary>The outputs of a run under the invariant culture, which every other run must give (also <see cref="ForeignCultureTests"/>).</summary>
    internal static readonly Lazy<OutputSnapshot> Baseline = new(() => OutputSnapshot.Of(RunInProcess("baseline")));

    internal static string RunInProcess(string name)
    {
        var outDir = Path.Combine(Parent, name);
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        var run = CliRun.Of("run", Bundled, "--out", outDir);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        return outDir;
    }

    [Test]
    public void Two_runs_of_the_bundled_report_give_byte_identical_outputs()
    {
        var again = OutputSnapshot.Of(RunInProcess("again"));

        Assert.That(again.Lines, Is.EqualTo(Baseline.Value.Lines));
        Assert.That(again.Lines, Has.Some.StartsWith("plots/").And.Some.StartsWith("report.html").And.Some.StartsWith("manifest.json"));
    }

    [Test]
    public void No_output_names_the_folders_it_was_run_in()
    {
        var outDir = RunInProcess("located");
        foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal))
            // lib/ holds the tool's own assemblies, copied for the notebook; they are not outputs the run generates.
            .Where(f => !Path.GetRelativePath(outDir, f).StartsWith("lib", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.That(text, Does.Not.Contain(Repository.Root).And.Not.Contain(outDir), file);
        }
    }

    [TestCase("de_DE.UTF-8", "de-DE")]
    [TestCase("tr_TR.UTF-8", "tr-TR")]
    [TestCase("zh_CN.GB18030", "zh-CN")]
    public void The_built_tool_in_another_process_locale_and_working_directory_gives_the_same_bytes(string locale, string culture)
    {
        _ = Baseline.Value;
        var workingDirectory = Path.Combine(Parent, "cwd-" + culture);
        Directory.CreateDirectory(workingDirectory);
        var outName = "child-" + culture;
        if (Directory.Exists(Path.Combine(Parent, outName))) Directory.Delete(Path.Combine(Parent, outName), recursive: true);
        var environment = new Dictionary<string, string>
        {
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
            ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false",
            ["TZ"] = "Asia/Shanghai",
        };

        // Relative paths, resolved against a working directory that is neither the repository nor the test folder.
        var run = ChildProcessCli.Run(workingDirectory, environment, "run", Path.GetRelativePath(workingDirectory, Bundled), "--out", "../" + outName);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        Assert.That(OutputSnapshot.Of(Path.Combine(Parent, outName)).Lines, Is.EqualTo(Baseline.Value.Lines));
    }
}
