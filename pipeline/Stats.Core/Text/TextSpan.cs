namespace Stats.Core.Text;

/// <summary>A range of UTF-16 code units in a report's decoded text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before the text.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "A span cannot end before it starts.");
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {End.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
