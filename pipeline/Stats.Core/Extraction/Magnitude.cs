namespace Stats.Core.Extraction;

/// <summary>Scales a printed number by its multiplier without ever throwing: a product beyond decimal's range has no value.</summary>
internal static class Magnitude
{
    public static decimal? Scale(decimal number, decimal factor)
    {
        try
        {
            return number * factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
