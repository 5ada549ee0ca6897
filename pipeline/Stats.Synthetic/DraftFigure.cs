namespace Stats.Synthetic;

/// <summary>A figure as the draft prints it: its numeral and unit (with multiplier), e.g. "6512.3" and "万元".</summary>
internal sealed record DraftFigure(string Numeral, string Unit)
{
    public string Text => Numeral + Unit;
}
