using System.Text;

namespace Stats.Tests.Cli;

/// <summary>--csv-bom: CSV files for spreadsheets on Chinese Windows start with a UTF-8 byte order mark; the default stays without.</summary>
public sealed class CsvBomTests
{
    private const string Report = "全年完成一般公共预算收入1.00亿元，其中税收收入0.77亿元，非税收入0.23亿元。";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Test]
    public void With_the_option_every_csv_starts_with_a_bom_later_stages_read_them_and_verify_reproduces_them()
    {
        using var temp = new TempFolder();
        var report = temp.File("report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = Path.Combine(temp.Path, "out");

        var run = CliRun.Of("run", report, "--out", outDir, "--until", "report", "--csv-bom");
        var csvs = Directory.GetFiles(outDir, "*.csv", SearchOption.AllDirectories);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        Assert.That(csvs, Has.Length.GreaterThanOrEqualTo(5));
        Assert.That(csvs.Where(f => !File.ReadAllBytes(f).AsSpan().StartsWith(Bom)).Select(Path.GetFileName), Is.Empty);
        Assert.That(File.ReadAllBytes(Path.Combine(outDir, "report.html")).AsSpan().StartsWith(Bom), Is.False, "only CSV files get a BOM");
        Assert.That(CliRun.Of("verify", outDir).ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Without_the_option_no_csv_has_a_bom()
    {
        using var temp = new TempFolder();
        var report = temp.File("report.txt", Encoding.UTF8.GetBytes(Report));
        var outDir = Path.Combine(temp.Path, "out");

        Assert.That(CliRun.Of("run", report, "--out", outDir, "--until", "check").ExitCode, Is.EqualTo(0));
        Assert.That(Directory.GetFiles(outDir, "*.csv").Where(f => File.ReadAllBytes(f).AsSpan().StartsWith(Bom)), Is.Empty);
    }
}
