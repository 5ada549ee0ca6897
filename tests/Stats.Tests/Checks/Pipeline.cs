using Stats.Cli.Input;
using Stats.Core.Checks;
using Stats.Core.Extraction;
using Stats.Core.Text;

namespace Stats.Tests.Checks;

/// <summary>Extracts and checks a text with the bundled reference data and no catalogue or rules: the generic checks alone.</summary>
public static class Pipeline
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(Path.Combine(Repository.Root, "data", "reference")));

    public static ReferenceData ReferenceData => Reference.Value;

    public static IReadOnlyList<Finding> CheckText(string text) => ExtractAndCheck(text).Findings;

    /// <summary>The mentions as well as the findings, for tests that must tell which figure a finding names.</summary>
    public static (IReadOnlyList<Mention> Mentions, IReadOnlyList<Finding> Findings) ExtractAndCheck(string text)
    {
        var report = new ReportText("fixture", text);
        var mentions = new Extractor().Extract(report);
        return (mentions, new Checker(report, mentions, Reference.Value.GenericChecks()).Check());
    }
}
