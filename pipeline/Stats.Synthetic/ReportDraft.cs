using System.Text;

namespace Stats.Synthetic;

/// <summary>
/// A report being written: literal text and figures in order, and the errors each figure could carry. Figures stay
/// separate from the text until <see cref="Render"/> so a planted error can replace one and its offset still be known.
/// </summary>
internal sealed class ReportDraft
{
    private readonly List<string?> literals = [];
    private readonly List<int> figureAt = [];
    private readonly List<DraftFigure> figures = [];
    private readonly List<PlantOption> options = [];

    public IReadOnlyList<PlantOption> Options => options;

    public DraftFigure this[int figure] => figures[figure];

    public ReportDraft Text(string literal)
    {
        literals.Add(literal);
        figureAt.Add(-1);
        return this;
    }

    /// <summary>Appends a figure and returns its index.</summary>
    public int Figure(string numeral, string unit)
    {
        figures.Add(new DraftFigure(numeral, unit));
        literals.Add(null);
        figureAt.Add(figures.Count - 1);
        return figures.Count - 1;
    }

    public void Offer(int figure, PlantedErrorKind kind, Func<DraftFigure, SeededRandom, DraftFigure?> wrong) =>
        options.Add(new PlantOption(figure, kind, wrong));

    public void Replace(int figure, DraftFigure replacement) => figures[figure] = replacement;

    /// <summary>The report's text and the offset of every figure in it.</summary>
    public (string Text, int[] Offsets) Render()
    {
        var text = new StringBuilder(4096);
        var offsets = new int[figures.Count];
        for (var i = 0; i < literals.Count; i++)
        {
            if (figureAt[i] < 0)
            {
                text.Append(literals[i]);
                continue;
            }
            offsets[figureAt[i]] = text.Length;
            var figure = figures[figureAt[i]];
            text.Append(figure.Numeral).Append(figure.Unit);
        }
        return (text.ToString(), offsets);
    }
}
