using System.Globalization;

namespace Stats.Core.Intervals;

/// <summary>
/// A non-empty interval of decimals whose ends are each open or closed, or unbounded (a null end).
/// Printed figures become intervals (98.5% → [98.45, 98.55)); arithmetic on them gives every value
/// the true figures could produce. Decimal division rounds at the 28th significant digit, far below
/// any printed precision.
/// </summary>
public sealed record Interval
{
    private Interval(decimal? lower, bool lowerClosed, decimal? upper, bool upperClosed)
    {
        if (lower is { } l && upper is { } u && (l > u || (l == u && !(lowerClosed && upperClosed))))
            throw new ArgumentException($"The interval {Format(lower, lowerClosed, upper, upperClosed)} is empty.");
        Lower = lower;
        LowerClosed = lower is not null && lowerClosed;
        Upper = upper;
        UpperClosed = upper is not null && upperClosed;
    }

    /// <summary>The lower end, or null when unbounded below.</summary>
    public decimal? Lower { get; }

    /// <summary>Whether <see cref="Lower"/> belongs to the interval; always false when unbounded.</summary>
    public bool LowerClosed { get; }

    /// <summary>The upper end, or null when unbounded above.</summary>
    public decimal? Upper { get; }

    /// <summary>Whether <see cref="Upper"/> belongs to the interval; always false when unbounded.</summary>
    public bool UpperClosed { get; }

    public static Interval Point(decimal value) => new(value, true, value, true);

    /// <summary>[lower, upper]</summary>
    public static Interval Closed(decimal lower, decimal upper) => new(lower, true, upper, true);

    /// <summary>[lower, upper): the interval a rounded printed number stands for.</summary>
    public static Interval HalfOpen(decimal lower, decimal upper) => new(lower, true, upper, false);

    public static Interval Open(decimal lower, decimal upper) => new(lower, false, upper, false);

    public static Interval Of(decimal? lower, bool lowerClosed, decimal? upper, bool upperClosed) => new(lower, lowerClosed, upper, upperClosed);

    public static Interval AtLeast(decimal lower) => new(lower, true, null, false);

    public static Interval GreaterThan(decimal lower) => new(lower, false, null, false);

    public static Interval LessThan(decimal upper) => new(null, false, upper, false);

    public static Interval Everything { get; } = new(null, false, null, false);

    /// <summary>
    /// The printed value <paramref name="value"/> with <paramref name="decimals"/> decimals, times <paramref name="scale"/>,
    /// as rounded half away from zero (四舍五入): [v − h, v + h) with h half a unit of the last place, mirrored for
    /// negative values ((v − h, v + h]), since −2.35 prints as −2.4.
    /// </summary>
    public static Interval Rounded(decimal value, int decimals, decimal scale = 1m)
    {
        if (decimals < 0 || decimals > 20) throw new ArgumentOutOfRangeException(nameof(decimals));
        if (scale <= 0m) throw new ArgumentOutOfRangeException(nameof(scale), scale, "A scale must be positive.");
        if (value < 0m) return -Rounded(-value, decimals, scale);
        var half = 0.5m * Pow10(-decimals);
        return HalfOpen((value - half) * scale, (value + half) * scale);
    }

    /// <summary>The interval a decimal printed in words' midst stands for by its rounding ("2.05" → [2.045, 2.055)).</summary>
    public static Interval Printed(string digits)
    {
        var value = decimal.Parse(digits, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
        return Rounded(value, digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0);
    }

    public bool IsBounded => Lower is not null && Upper is not null;

    public bool IsPoint => IsBounded && Lower == Upper;

    /// <summary>The midpoint of a bounded interval.</summary>
    public decimal? Midpoint => IsBounded ? (Lower!.Value + Upper!.Value) / 2m : null;

    public decimal? Width => IsBounded ? Upper!.Value - Lower!.Value : null;

    public bool Contains(decimal x) =>
        (Lower is not { } l || l < x || (LowerClosed && l == x)) &&
        (Upper is not { } u || x < u || (UpperClosed && u == x));

    /// <summary>Whether zero lies in the interval or is one of its (open) ends: a divisor of this kind makes a quotient unbounded.</summary>
    public bool TouchesZero => (Lower is not { } l || l <= 0m) && (Upper is not { } u || u >= 0m);

    /// <summary>Whether the two intervals share at least one value.</summary>
    public bool Meets(Interval other) => Intersect(other) is not null;

    /// <summary>The common part, or null when the intervals are disjoint.</summary>
    public Interval? Intersect(Interval other)
    {
        var (lower, lowerClosed) = MaxLower(this, other);
        var (upper, upperClosed) = MinUpper(this, other);
        if (lower is { } l && upper is { } u && (l > u || (l == u && !(lowerClosed && upperClosed)))) return null;
        return new Interval(lower, lowerClosed, upper, upperClosed);
    }

    /// <summary>The smallest interval holding both.</summary>
    public Interval Hull(Interval other)
    {
        decimal? lower; bool lowerClosed;
        if (Lower is null || other.Lower is null) { lower = null; lowerClosed = false; }
        else if (Lower < other.Lower) { lower = Lower; lowerClosed = LowerClosed; }
        else if (other.Lower < Lower) { lower = other.Lower; lowerClosed = other.LowerClosed; }
        else { lower = Lower; lowerClosed = LowerClosed || other.LowerClosed; }
        decimal? upper; bool upperClosed;
        if (Upper is null || other.Upper is null) { upper = null; upperClosed = false; }
        else if (Upper > other.Upper) { upper = Upper; upperClosed = UpperClosed; }
        else if (other.Upper > Upper) { upper = other.Upper; upperClosed = other.UpperClosed; }
        else { upper = Upper; upperClosed = UpperClosed || other.UpperClosed; }
        return new Interval(lower, lowerClosed, upper, upperClosed);
    }

    /// <summary>How far apart two disjoint intervals are (0 when they meet).</summary>
    public decimal Gap(Interval other)
    {
        if (Meets(other)) return 0m;
        if (Upper is { } u && other.Lower is { } ol && u <= ol) return ol - u;
        if (other.Upper is { } ou && Lower is { } l && ou <= l) return l - ou;
        return 0m;
    }

    public static Interval operator -(Interval a) => new(-a.Upper, a.UpperClosed, -a.Lower, a.LowerClosed);

    public static Interval operator +(Interval a, Interval b) =>
        new(a.Lower + b.Lower, a.LowerClosed && b.LowerClosed, a.Upper + b.Upper, a.UpperClosed && b.UpperClosed);

    public static Interval operator -(Interval a, Interval b) => a + -b;

    public static Interval operator *(Interval a, Interval b) => Multiply(a.LowerEnd, a.UpperEnd, b.LowerEnd, b.UpperEnd);

    private static Interval Multiply(End al, End au, End bl, End bu)
    {
        // The four products of the ends, lower by lower first: a diagnosis multiplies intervals for every reading it tests,
        // so the ends are combined in place rather than listed.
        var first = End.Product(al, bl);
        var (lower, upper) = (first, first);
        foreach (var e in (ReadOnlySpan<End>)[End.Product(al, bu), End.Product(au, bl), End.Product(au, bu)])
        {
            lower = End.Lower(lower, e);
            upper = End.Upper(upper, e);
        }
        return new Interval(
            lower.Sign == 0 ? lower.Value : null, lower.Sign == 0 && lower.Closed,
            upper.Sign == 0 ? upper.Value : null, upper.Sign == 0 && upper.Closed);
    }

    /// <summary>
    /// The quotient of <paramref name="a"/> by <paramref name="b"/>, or the reason there is none: the one way checks divide
    /// by an interval that may touch zero.
    /// </summary>
    public static Quotient Divide(Interval a, Interval b) => b.TouchesZero ? Quotient.DivisorTouchesZero(b) : Quotient.Of(a / b);

    /// <summary>
    /// The quotient of a divisor known to be clear of zero (a constant, 1 + a rate above −100%); use <see cref="Divide"/>
    /// when it may touch zero. Dividing by an interval that touches zero is a programming error here.
    /// </summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.TouchesZero) throw new ArgumentException($"Cannot divide by {b}, which contains or touches zero; use Interval.Divide.", nameof(b));
        // Dividing the ends directly keeps exact quotients exact (56107500 / 150000 = 374.05), which 1/b would not.
        if (b.IsPoint) return DividedByPoint(a, b.Lower!.Value);
        // 1/b for b of one sign: the ends swap and keep their closedness; an unbounded end gives an open 0.
        var reciprocal = new Interval(
            b.Upper is { } u ? 1m / u : 0m, b.Upper is not null && b.UpperClosed,
            b.Lower is { } l ? 1m / l : 0m, b.Lower is not null && b.LowerClosed);
        return a * reciprocal;
    }

    // With a constant: what the operators give with Interval.Point(b), without making the point (a rule's 1 + g/100 and
    // every unit conversion use them, for every reading a diagnosis tests).
    public static Interval operator +(Interval a, decimal b) => new(a.Lower + b, a.LowerClosed, a.Upper + b, a.UpperClosed);

    public static Interval operator -(Interval a, decimal b) => a + -b;

    public static Interval operator *(Interval a, decimal b) => Multiply(a.LowerEnd, a.UpperEnd, End.Finite(b, true), End.Finite(b, true));

    public static Interval operator /(Interval a, decimal b) => b == 0m ? a / Point(b) : DividedByPoint(a, b);

    private static Interval DividedByPoint(Interval a, decimal b) => b > 0m
        ? new Interval(a.Lower / b, a.LowerClosed, a.Upper / b, a.UpperClosed)
        : new Interval(a.Upper / b, a.UpperClosed, a.Lower / b, a.LowerClosed);

    /// <summary>The absolute values: |x| for every x in the interval.</summary>
    public Interval Abs()
    {
        if (Lower is { } l && l >= 0m) return this;
        if (Upper is { } u && u <= 0m) return -this;
        // Across zero: zero is attained, the top is the farther end.
        var negative = -this;
        var top = LargerEnd(negative.Upper, negative.UpperClosed, Upper, UpperClosed);
        return new Interval(0m, true, top.Value, top.Closed);
    }

    /// <summary>Every min(x, y) with x in <paramref name="a"/> and y in <paramref name="b"/>.</summary>
    public static Interval Min(Interval a, Interval b)
    {
        var (lower, lowerClosed) = LowerOfMin(a, b);
        var (upper, upperClosed) = MinUpper(a, b);
        // A tie of upper ends is only reached when both are: min(x, y) = u needs x = u and y = u.
        if (a.Upper is { } au && b.Upper is { } bu && au == bu) upperClosed = a.UpperClosed && b.UpperClosed;
        return new Interval(lower, lowerClosed, upper, upperClosed);
    }

    /// <summary>Every max(x, y) with x in <paramref name="a"/> and y in <paramref name="b"/>.</summary>
    public static Interval Max(Interval a, Interval b) => -Min(-a, -b);

    /// <summary>Whether some value of <paramref name="a"/> is ≤ some value of <paramref name="b"/>.</summary>
    public static bool PossiblyAtMost(Interval a, Interval b) =>
        a.Lower is not { } l || b.Upper is not { } u || l < u || (l == u && a.LowerClosed && b.UpperClosed);

    /// <summary>Whether some value of <paramref name="a"/> is &lt; some value of <paramref name="b"/>.</summary>
    public static bool PossiblyLessThan(Interval a, Interval b) =>
        a.Lower is not { } l || b.Upper is not { } u || l < u;

    /// <summary>Whether every value of <paramref name="a"/> is ≤ every value of <paramref name="b"/>.</summary>
    public static bool CertainlyAtMost(Interval a, Interval b) =>
        a.Upper is { } u && b.Lower is { } l && u <= l;

    public override string ToString() => Format(Lower, LowerClosed, Upper, UpperClosed);

    private static string Format(decimal? lower, bool lowerClosed, decimal? upper, bool upperClosed) =>
        (lowerClosed ? "[" : "(") + (lower is { } l ? Show(l) : "-inf") + ", " +
        (upper is { } u ? Show(u) : "+inf") + (upperClosed ? "]" : ")");

    /// <summary>
    /// A short invariant rendering for messages: ends rounded outward to <paramref name="significantDigits"/> significant
    /// digits of the larger end, so the text never claims a narrower interval than the true one; an end changed by
    /// rounding is shown closed.
    /// </summary>
    public string ToDisplayString(int significantDigits = 6)
    {
        if (significantDigits < 1) throw new ArgumentOutOfRangeException(nameof(significantDigits));
        var magnitude = Math.Max(Math.Abs(Lower ?? 0m), Math.Abs(Upper ?? 0m));
        if (magnitude == 0m) return ToString();
        var digits = 0;
        for (var m = magnitude; m >= 1m; m /= 10m) digits++;
        for (var m = magnitude; m < 0.1m; m *= 10m) digits--;
        var decimals = Math.Clamp(significantDigits - digits, 0, 20);
        decimal? lower = Lower is { } l ? Math.Round(l, decimals, MidpointRounding.ToNegativeInfinity) : null;
        decimal? upper = Upper is { } u ? Math.Round(u, decimals, MidpointRounding.ToPositiveInfinity) : null;
        return Format(lower, LowerClosed || lower != Lower, upper, UpperClosed || upper != Upper);
    }

    /// <summary>An invariant, trailing-zero-free rendering of a decimal.</summary>
    public static string Show(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result *= 10m;
        return exponent < 0 ? 1m / result : result;
    }

    private static (decimal?, bool) MaxLower(Interval a, Interval b)
    {
        if (a.Lower is null) return (b.Lower, b.LowerClosed);
        if (b.Lower is null) return (a.Lower, a.LowerClosed);
        if (a.Lower > b.Lower) return (a.Lower, a.LowerClosed);
        if (b.Lower > a.Lower) return (b.Lower, b.LowerClosed);
        return (a.Lower, a.LowerClosed && b.LowerClosed);
    }

    // The lower end of min(x, y): the smaller lower end, reached when that end is (either end, on a tie).
    private static (decimal?, bool) LowerOfMin(Interval a, Interval b)
    {
        if (a.Lower is null || b.Lower is null) return (null, false);
        if (a.Lower < b.Lower) return (a.Lower, a.LowerClosed);
        if (b.Lower < a.Lower) return (b.Lower, b.LowerClosed);
        return (a.Lower, a.LowerClosed || b.LowerClosed);
    }

    private static (decimal? Value, bool Closed) LargerEnd(decimal? x, bool xClosed, decimal? y, bool yClosed)
    {
        if (x is null || y is null) return (null, false);
        if (x == y) return (x, xClosed || yClosed);
        return x > y ? (x, xClosed) : (y, yClosed);
    }

    private static (decimal?, bool) MinUpper(Interval a, Interval b)
    {
        if (a.Upper is null) return (b.Upper, b.UpperClosed);
        if (b.Upper is null) return (a.Upper, a.UpperClosed);
        if (a.Upper < b.Upper) return (a.Upper, a.UpperClosed);
        if (b.Upper < a.Upper) return (b.Upper, b.UpperClosed);
        return (a.Upper, a.UpperClosed && b.UpperClosed);
    }

    private End LowerEnd => Lower is { } l ? End.Finite(l, LowerClosed) : End.Infinite(-1);

    private End UpperEnd => Upper is { } u ? End.Finite(u, UpperClosed) : End.Infinite(+1);

    /// <summary>An end of an interval: a finite value (Sign 0) or an infinity (Sign ±1).</summary>
    private readonly record struct End(decimal Value, bool Closed, int Sign)
    {
        public static End Finite(decimal value, bool closed) => new(value, closed, 0);

        public static End Infinite(int sign) => new(0m, false, sign);

        private int Compare(End other)
        {
            if (Sign != 0 || other.Sign != 0) return Sign.CompareTo(other.Sign) != 0 ? Sign.CompareTo(other.Sign) : 0;
            return Value.CompareTo(other.Value);
        }

        public static End Lower(End a, End b)
        {
            var c = a.Compare(b);
            return c < 0 ? a : c > 0 ? b : a with { Closed = a.Closed || b.Closed };
        }

        public static End Upper(End a, End b)
        {
            var c = a.Compare(b);
            return c > 0 ? a : c < 0 ? b : a with { Closed = a.Closed || b.Closed };
        }

        public static End Product(End x, End y)
        {
            if (x.Sign == 0 && y.Sign == 0)
            {
                // A closed zero end makes the product exactly zero, attained whatever the other end is.
                if ((x.Value == 0m && x.Closed) || (y.Value == 0m && y.Closed)) return Finite(0m, true);
                return Finite(x.Value * y.Value, x.Closed && y.Closed);
            }
            var sx = x.Sign != 0 ? x.Sign : Math.Sign(x.Value);
            var sy = y.Sign != 0 ? y.Sign : Math.Sign(y.Value);
            // Zero times an unbounded end: the products approach zero without reaching it unless zero is attained.
            if (sx == 0 || sy == 0) return Finite(0m, (x.Sign == 0 && x.Closed) || (y.Sign == 0 && y.Closed));
            return Infinite(sx * sy);
        }
    }
}
