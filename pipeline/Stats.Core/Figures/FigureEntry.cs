using Stats.Core.Extraction;

namespace Stats.Core.Figures;

/// <summary>One entry of a report's figure catalogue: a named figure and how to find its mention in the report.</summary>
public sealed record FigureEntry
{
    public FigureEntry(string id, string labelZh, string labelEn, string quote, IReadOnlyList<string> near, int? period, Basis basis, string file, int line, int column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(quote);
        ArgumentNullException.ThrowIfNull(near);
        ArgumentNullException.ThrowIfNull(file);
        if (line < 1 || column < 1) throw new ArgumentOutOfRangeException(nameof(line), "Positions are 1-based.");
        Id = id;
        LabelZh = labelZh ?? "";
        LabelEn = labelEn ?? "";
        Quote = quote;
        Near = near;
        Period = period;
        Basis = basis;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The id rules use (revenue.tax.2023).</summary>
    public string Id { get; }

    public string LabelZh { get; }

    public string LabelEn { get; }

    /// <summary>The mention's text as printed (1.28亿元), or its beginning (3.5万亩 for 3.5万亩以上).</summary>
    public string Quote { get; }

    /// <summary>Words that must all occur in the mention's sentence, when the quote alone is not unique.</summary>
    public IReadOnlyList<string> Near { get; }

    public int? Period { get; }

    public Basis Basis { get; }

    public string File { get; }

    /// <summary>The 1-based line and column of the quote in the catalogue file.</summary>
    public int Line { get; }

    public int Column { get; }
}
