using System.Globalization;
using Stats.Core.Findings;

namespace Stats.Core.Rules.Expressions;

/// <summary>A 1-based line and column in a data file.</summary>
public readonly record struct SourcePosition
{
    public SourcePosition(int line, int column)
    {
        if (line < 1) throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are 1-based.");
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are 1-based.");
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture);
}
