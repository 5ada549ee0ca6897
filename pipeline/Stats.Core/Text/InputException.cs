namespace Stats.Core.Text;

/// <summary>
/// Bad input the user must fix: a missing, empty, binary or undecodable file, or a malformed data file.
/// The message is one line naming the file (and line and column where they apply); the CLI shows it and exits 2.
/// </summary>
public class InputException : Exception
{
    public InputException(string file, string problem, int? line = null, int? column = null)
        : base(Compose(file, problem, line, column))
    {
        File = file;
        Problem = problem;
        Line = line;
        Column = column;
    }

    public string File { get; }

    public string Problem { get; }

    public int? Line { get; }

    public int? Column { get; }

    private static string Compose(string file, string problem, int? line, int? column) =>
        line is { } l
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file}:{l}:{column ?? 1}: {problem}")
            : $"{file}: {problem}";
}
