namespace Stats.Reporting.Notebooks;

/// <summary>
/// An output filled in by the generator, so the notebook reads complete without being run: a <c>display_data</c> bundle
/// (MIME type to content; binary content such as PNG is base64) or a <c>stream</c> of standard output.
/// </summary>
public abstract record CellOutput
{
    private CellOutput()
    {
    }

    /// <summary>HTML, as <c>display(HTML(...))</c> shows it.</summary>
    public static CellOutput Html(string html) => new Display(new SortedDictionary<string, string>(StringComparer.Ordinal) { ["text/html"] = html });

    /// <summary>A PNG image, with a plain-text alternative for viewers that show no images.</summary>
    public static CellOutput Png(byte[] png, string alt) => new Display(new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["image/png"] = Convert.ToBase64String(png),
        ["text/plain"] = alt,
    });

    /// <summary>Text a cell printed with <c>Console.WriteLine</c>.</summary>
    public static CellOutput Stdout(string text) => new Stream("stdout", text);

    public sealed record Display(IReadOnlyDictionary<string, string> Data) : CellOutput;

    public sealed record Stream(string Name, string Text) : CellOutput;
}
