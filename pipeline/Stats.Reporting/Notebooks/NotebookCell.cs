namespace Stats.Reporting.Notebooks;

/// <summary>
/// One cell of a generated notebook. The id is chosen by the generator from the cell's purpose, never random, so the same
/// report always gives the same notebook bytes and a reviewer's diff shows only what changed.
/// </summary>
public sealed record NotebookCell(string Id, NotebookCellType Type, string Source, IReadOnlyList<CellOutput> Outputs)
{
    public static NotebookCell Markdown(string id, string source) => new(id, NotebookCellType.Markdown, source, []);

    public static NotebookCell Code(string id, string source, params IReadOnlyList<CellOutput> outputs) => new(id, NotebookCellType.Code, source, outputs);
}
