using Stats.Core.Text;

namespace Stats.Core.DataFiles;

/// <summary>A data file (rules, figures, units, references) that cannot be used, with the 1-based place of the problem.</summary>
public sealed class DataFileException : InputException
{
    public DataFileException(string file, int line, int column, string reason)
        : base(file, reason, line, column)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (line < 1) throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are 1-based.");
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are 1-based.");
        Reason = reason;
    }

    public new int Line => base.Line!.Value;

    public new int Column => base.Column!.Value;

    /// <summary>The one-line reason, without the position.</summary>
    public string Reason { get; }
}
