namespace Stats.Core.Extraction;

/// <summary>
/// A unit printed once after a list or range of numbers belongs to each of them: 分别回落1.2和0.8个百分点, 1.2、3.4万吨,
/// 3至5万元. A number that already carries its own multiplier keeps it (1.2万、3.4万吨). A bare number listed before a year or
/// a date is one too (2019、2020年, 1、2月).
/// </summary>
internal static class ListUnits
{
    /// <summary>What may stand between two numbers of one list or range, spaces aside.</summary>
    private static readonly string[] Separators = ["、", "和", "及", "与", "或", "至", "到", "-", "－", "—", "~", "～"];

    public static void Apply(string text, List<Candidate> found)
    {
        // Right to left, so that a unit reaches back along the whole list (0.8、2.4和3.1个百分点).
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var c = found[k];
            var next = found[k + 1];
            // 高于全国12.7个、12个百分点: 个 is the first half of 个百分点, printed once for the list.
            if (c.Kind == MentionKind.Count && c.Unit == "个" && next.Kind == MentionKind.PercentagePoints && IsSeparated(text, c.End, next.Start))
            {
                found[k] = c with { Kind = next.Kind, Unit = next.Unit, Dimension = next.Dimension };
                continue;
            }
            if (c.Kind != MentionKind.Number || c.Unit.Length > 0 || c.Value is null || !IsSeparated(text, c.End, next.Start)) continue;
            if (next.Kind.IsFigure() && next.Unit.Length > 0 && next.Kind != MentionKind.Ratio)
            {
                var factor = c.Multiplier != 1m ? c.Multiplier : next.Multiplier;
                var value = c.Multiplier != 1m ? c.Value : Magnitude.Scale(c.Value.Value, next.Multiplier);
                if (value is null) continue;
                found[k] = c with { Kind = next.Kind, Value = value, Unit = next.Unit, Multiplier = factor, Dimension = next.Dimension };
                if (BoundsAGroup(text, c.End, next))
                {
                    found[k] = Threshold.Mark(found[k]);
                    found[k + 1] = Threshold.Mark(next);
                }
            }
            else if (next.Kind is MentionKind.Year or MentionKind.Date && c.Multiplier == 1m && c.Decimals == 0 && c.Qualifier.Length == 0)
            {
                found[k] = c with { Kind = next.Kind, Value = null };
            }
        }
    }

    /// <summary>
    /// A range of money or measure run on into a noun names a class (50万至1000万元项目, 0-14岁人口); a range of counts stays
    /// figures (1-2名干部 is a number of cadres) and so does a range of rates.
    /// </summary>
    private static bool BoundsAGroup(string text, int end, Candidate upper)
    {
        var p = end;
        while (p < upper.Start && text[p] is ' ' or '\u3000' or '\u00A0') p++;
        var isRange = p < upper.Start && Ranges.Contains(text[p]);
        return isRange && upper.Qualifier.Length == 0 && upper.Kind is not (MentionKind.Count or MentionKind.Percent or MentionKind.PerMille or MentionKind.PercentagePoints)
            && Threshold.NounFollows(text, upper.End);
    }

    private const string Ranges = "至到-－—~～";

    private static bool IsSeparated(string text, int end, int nextStart)
    {
        var (from, to) = (end, nextStart);
        while (from < to && text[from] is ' ' or '\u3000' or '\u00A0') from++;
        while (to > from && text[to - 1] is ' ' or '\u3000' or '\u00A0') to--;
        if (to - from is < 1 or > 1) return false;
        foreach (var separator in Separators)
        {
            if (string.CompareOrdinal(text, from, separator, 0, separator.Length) == 0) return true;
        }
        return false;
    }
}
