namespace Stats.Core.Extraction;

/// <summary>A numeral as printed at [Start, End): its normalised digits, value (null when too large for decimal) and decimals.</summary>
internal sealed record Numeral(int Start, int End, string Digits, decimal? Value, int Decimals, bool IsChinese);
