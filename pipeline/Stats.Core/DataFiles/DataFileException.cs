using System.Globalization;

namespace Stats.Core.DataFiles;

/// <summary>A data file (rules, figures, units, references) that cannot be used, with the 1-based place of the problem.</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string file, int line, int column, string reason)
        : base($"{file}:{line.ToString(CultureInfo.InvariantCulture)}:{column.ToString(CultureInfo.InvariantCulture)}: {reason}")
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (line < 1) throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are 1-based.");
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are 1-based.");
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The display path of the file.</summary>
    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The one-line reason, without the position.</summary>
    public string Reason { get; }
}
