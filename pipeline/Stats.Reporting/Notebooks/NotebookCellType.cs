namespace Stats.Reporting.Notebooks;

/// <summary>The nbformat cell types the generator writes (nbformat also knows <c>raw</c>, which it never needs).</summary>
public enum NotebookCellType
{
    Markdown,
    Code,
}
