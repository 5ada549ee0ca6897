namespace Stats.Pipeline.Inputs;

/// <summary>A report's own data file (<c>figures.yaml</c>, <c>rules.yaml</c>): its text, and the name its errors and findings cite.</summary>
public sealed record DataFile(string Text, string Name)
{
    /// <summary>Reads the file at <paramref name="path"/>, or gives null when there is none.</summary>
    public static DataFile? ReadOptional(string? path, string name) =>
        path is not null && File.Exists(path) ? new DataFile(File.ReadAllText(path), name) : null;
}
