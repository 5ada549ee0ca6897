using Stats.Core.Extraction;
using Stats.Core.Findings;

namespace Stats.Core.Diagnosis;

/// <summary>Proposes other readings of one printed figure.</summary>
public interface IReadingGenerator
{
    IEnumerable<Reading> For(Mention figure);
}
