namespace Stats.Cli;

/// <summary>
/// The folder the program's assembly lies in, where its bundled reference data and libraries travel with it: found from the
/// assembly itself, so it holds wherever the program is installed or whichever host loads it.
/// </summary>
internal static class ProgramFolder
{
    public static string Path { get; } = System.IO.Path.GetDirectoryName(typeof(ProgramFolder).Assembly.Location) is { Length: > 0 } folder
        ? folder
        : AppContext.BaseDirectory;

    /// <summary>The bundled reference data (data/reference, copied beside the program).</summary>
    public static string Reference => System.IO.Path.Combine(Path, "reference");
}
