using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Stats.Tests.Cli;

namespace Stats.Tests.Cli.Provenance;

public class ManifestTests
{
    private static readonly Lazy<(string OutDir, ManifestJson Manifest)> BundledRun = new(() =>
    {
        var (run, outDir) = (BundledReportRun.Run, BundledReportRun.OutDir);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Stderr);
        return (outDir, ManifestJson.Read(outDir));
    });

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Test]
    public void The_manifest_records_every_input_with_its_size_and_sha256()
    {
        var (outDir, manifest) = BundledRun.Value;

        Assert.That(manifest.Inputs.Select(i => i.Role), Is.EqualTo(new[] { "report", "figures", "rules", "reference", "reference", "reference", "reference", "reference", "reference", "reference" }));
        Assert.That(manifest.Inputs.Where(i => i.Role == "reference").Select(i => Path.GetFileName(i.Path)),
            Is.EquivalentTo(new[] { "units.yaml", "plausibility.yaml", "partitions.yaml", "per-unit.yaml", "unit-slips.yaml", "indicators.yaml", "limits.yaml" }));
        Assert.That(manifest.Inputs[0].Path, Is.EqualTo("../../../../../../../data/reports/ejin-horo-town-2023/report.txt").Or.EndsWith("data/reports/ejin-horo-town-2023/report.txt"));
        foreach (var input in manifest.Inputs)
        {
            var path = ManifestJson.Resolve(outDir, input.Path);
            Assert.That((input.Bytes, input.Sha256), Is.EqualTo((new FileInfo(path).Length, Sha256(path))), input.Path);
        }
    }

    [Test]
    public void The_manifest_records_every_output_file_with_its_sha256_and_stage()
    {
        var (outDir, manifest) = BundledRun.Value;
        var files = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/')).Where(f => f != "manifest.json" && f != ".lock");

        Assert.That(manifest.Outputs.Select(o => o.Path), Is.EquivalentTo(files));
        foreach (var output in manifest.Outputs)
            Assert.That(output.Sha256, Is.EqualTo(Sha256(Path.Combine(outDir, output.Path))), output.Path);
        Assert.That(manifest.Outputs.Single(o => o.Path == "mentions.csv").Role, Is.EqualTo("extract"));
        Assert.That(manifest.Outputs.Single(o => o.Path == "report.html").Role, Is.EqualTo("report"));
    }

    [Test]
    public void The_manifest_names_the_tool_its_commit_the_runtime_and_the_packages_it_ran_with()
    {
        var tool = BundledRun.Value.Manifest.Tool;

        var version = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        Assert.That(tool.Version, Does.StartWith(version), "the version comes from one place, Directory.Build.props");
        Assert.That(tool.Commit, Does.Match("^([0-9a-f]{40}|unknown)$"));
        Assert.That(tool.Dirty, Is.AnyOf("true", "false", "unknown"));
        Assert.That(tool.Runtime, Does.StartWith(".NET 10"));
        var packages = tool.Packages.ToDictionary(p => p.Name, p => p.Version);
        Assert.That(packages.Keys, Is.SupersetOf(new[] { "Microsoft.Data.Analysis", "YamlDotNet", "System.CommandLine", "ScottPlot", "Deedle" }));
        Assert.That(packages["Microsoft.Data.Analysis"], Does.StartWith("0.23.1"));
        Assert.That(packages.Keys, Has.None.StartsWith("nunit").IgnoreCase, "the test host's libraries are not the tool's");
    }

    [Test]
    public void The_manifest_times_each_stage_and_keeps_every_clock_reading()
    {
        var manifest = BundledRun.Value.Manifest;

        Assert.That(manifest.Stages, Is.EqualTo(new[] { "extract", "check", "diagnose", "report", "notebook" }));
        Assert.That(manifest.Timings.Select(t => t.Stage), Is.EqualTo(manifest.Stages));
        Assert.That(manifest.Timings.Select(t => t.Seconds), Has.All.GreaterThanOrEqualTo(0));
        Assert.That(manifest.Timings[0].StartedAt, Is.GreaterThanOrEqualTo(manifest.StartedAt));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(BundledRun.Value.OutDir, "manifest.json")))!.AsObject();
        Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "format", "started_at", "source", "reference", "stages", "timings", "tool", "inputs", "outputs", "csv_bom" }));
    }

    [Test]
    public void Verbs_run_one_after_another_on_the_same_report_add_up_in_one_manifest()
    {
        using var temp = new TempFolder();
        var report = temp.File("r.txt", "全年粮食产量达到5016万吨，同比增长2.1%。"u8.ToArray());
        var outDir = temp.Sub("out");

        Assert.That(CliRun.Of("extract", report, "--out", outDir).ExitCode, Is.EqualTo(0));
        Assert.That(CliRun.Of("check", report, "--out", outDir).ExitCode, Is.EqualTo(0));
        var manifest = ManifestJson.Read(outDir);

        Assert.That(manifest.Stages, Is.EqualTo(new[] { "extract", "check" }));
        Assert.That(manifest.Source, Is.EqualTo("../r.txt"));
        Assert.That(manifest.Outputs.Select(o => o.Path), Is.EqualTo(new[] { "mentions.csv", "check-summary.csv", "findings.csv", "findings.json", "statements.csv" }));
        Assert.That(Directory.GetDirectories(outDir), Is.Empty, "the manifest is written through a staging folder that is gone");
    }

    [Test]
    public void A_verb_on_another_report_starts_a_new_manifest()
    {
        using var temp = new TempFolder();
        var first = temp.File("a.txt", "全年粮食产量达到5016万吨。"u8.ToArray());
        var second = temp.File("b.txt", "全年粮食产量达到5017万吨。"u8.ToArray());
        var outDir = temp.Sub("out");

        Assert.That(CliRun.Of("run", first, "--out", outDir).ExitCode, Is.EqualTo(0));
        Assert.That(CliRun.Of("extract", second, "--out", outDir).ExitCode, Is.EqualTo(0));
        var manifest = ManifestJson.Read(outDir);

        Assert.That((manifest.Source, manifest.Stages.Count), Is.EqualTo(("../b.txt", 1)));
    }
}
