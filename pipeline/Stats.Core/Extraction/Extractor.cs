using Stats.Core.Text;

namespace Stats.Core.Extraction;

/// <summary>The report grammar: finds figures and the number-bearing texts that are not figures.</summary>
public sealed class Extractor : IExtractor
{
    public IReadOnlyList<Mention> Extract(ReportText report) => [];
}
