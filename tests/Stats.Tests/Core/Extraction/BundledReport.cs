using Stats.Core.Text;

namespace Stats.Tests.Core.Extraction;

/// <summary>The report shipped with the repository and the fixture lists written for it by reading it.</summary>
internal static class BundledReport
{
    public const string Name = "ejin-horo-town-2023";

    public static ReportText Load()
    {
        var path = Path.Combine(Repository.Root, "data", "reports", Name, "report.txt");
        return new ReportText(path, File.ReadAllText(path));
    }

    /// <summary>The rows of a tab-separated fixture after its header line.</summary>
    public static IReadOnlyList<string[]> Fixture(string suffix)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", $"{Name}.{suffix}.tsv");
        return File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
    }
}
