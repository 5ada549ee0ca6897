using Stats.Core.Checks;
using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Text;
using Stats.Pipeline.Checking;
using Stats.Pipeline.Inputs;

namespace Stats.Tests.Core.Checks;

/// <summary>Extracts and checks a text with the bundled reference data and no catalogue or rules: the generic checks alone.</summary>
public static class CheckedText
{
    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Load(Path.Combine(Repository.Root, "data", "reference")));

    public static ReferenceData ReferenceData => Reference.Value;

    /// <summary>The generic checks as the program composes them.</summary>
    public static IReadOnlyList<IGenericCheck> GenericChecks => ReportChecks.GenericChecks(Reference.Value);

    public static IReadOnlyList<Finding> CheckText(string text) => ExtractAndCheck(text).Findings;

    /// <summary>The mentions as well as the findings, for tests that must tell which figure a finding names.</summary>
    public static (IReadOnlyList<Mention> Mentions, IReadOnlyList<Finding> Findings) ExtractAndCheck(string text)
    {
        var report = new ReportText("fixture", text);
        var mentions = new Extractor().Extract(report);
        return (mentions, ReportChecks.Compose(report, mentions, Reference.Value).Checker.Check());
    }
}
