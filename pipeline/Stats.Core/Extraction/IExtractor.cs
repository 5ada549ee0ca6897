using Stats.Core.Text;

namespace Stats.Core.Extraction;

/// <summary>Finds every number-bearing mention in a report's text; never throws on any input.</summary>
public interface IExtractor
{
    IReadOnlyList<Mention> Extract(ReportText report);
}
