using System.Globalization;
using Stats.Core.Intervals;

namespace Stats.Tests.Core.Intervals;

public class IntervalTests
{
    // Intervals written as text: "[1, 2)", "(-inf, 3]", "[-2, +inf)".
    private static Interval I(string text)
    {
        var lowerClosed = text[0] == '[';
        var upperClosed = text[^1] == ']';
        var parts = text[1..^1].Split(',', StringSplitOptions.TrimEntries);
        static decimal? End(string s) => s is "-inf" or "+inf" ? null : decimal.Parse(s, CultureInfo.InvariantCulture);
        return Interval.Of(End(parts[0]), lowerClosed, End(parts[1]), upperClosed);
    }

    [Test]
    public void A_rounded_share_stands_for_half_a_unit_of_its_last_place_either_side()
    {
        Assert.That(Interval.Rounded(98.5m, 1), Is.EqualTo(Interval.HalfOpen(98.45m, 98.55m)));
    }

    [Test]
    public void A_rounded_amount_with_a_multiplier_is_scaled_to_the_unit()
    {
        Assert.That(Interval.Rounded(1.28m, 2, 100_000_000m), Is.EqualTo(Interval.HalfOpen(127_500_000m, 128_500_000m)));
    }

    [Test]
    public void A_rounded_negative_value_is_mirrored_because_rounding_goes_half_away_from_zero()
    {
        Assert.That(Interval.Rounded(-2.3m, 1).ToString(), Is.EqualTo("(-2.35, -2.25]"));
    }

    [TestCase("[1, 2]", "1", true)]
    [TestCase("(1, 2]", "1", false)]
    [TestCase("[1, 2)", "2", false)]
    [TestCase("(-inf, 2]", "-1000000", true)]
    [TestCase("[-3, -1]", "-2", true)]
    [TestCase("[-3, -1)", "-1", false)]
    [TestCase("(-inf, +inf)", "0", true)]
    public void Contains_honours_open_and_closed_ends(string interval, string x, bool expected)
    {
        Assert.That(I(interval).Contains(decimal.Parse(x, CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [TestCase("[1, 1)")]
    [TestCase("(1, 1]")]
    [TestCase("[2, 1]")]
    public void An_empty_interval_cannot_be_made(string text)
    {
        Assert.That(() => I(text), Throws.ArgumentException);
    }

    [Test]
    public void An_unbounded_end_is_never_closed()
    {
        var x = Interval.Of(null, true, 3m, true);
        Assert.That(x.LowerClosed, Is.False);
        Assert.That(x.ToString(), Is.EqualTo("(-inf, 3]"));
    }

    [TestCase("[1, 2)", "[2, 3]", false)]
    [TestCase("[1, 2]", "[2, 3]", true)]
    [TestCase("[1, 2]", "(2, 3]", false)]
    [TestCase("[1, 2)", "(2, 3]", false)]
    [TestCase("(-inf, 2]", "[2, +inf)", true)]
    [TestCase("(-inf, 2)", "[2, +inf)", false)]
    [TestCase("[-5, -1]", "[-2, 0]", true)]
    [TestCase("[0, 0]", "[0, 0]", true)]
    public void Intervals_meet_only_when_they_share_a_value(string a, string b, bool expected)
    {
        Assert.That(I(a).Meets(I(b)), Is.EqualTo(expected));
        Assert.That(I(b).Meets(I(a)), Is.EqualTo(expected));
    }

    [TestCase("[1, 3]", "[2, 4)", "[2, 3]")]
    [TestCase("[1, 3)", "(1, 4]", "(1, 3)")]
    [TestCase("(-inf, 3]", "[1, +inf)", "[1, 3]")]
    public void The_intersection_keeps_the_inner_ends_with_their_closedness(string a, string b, string expected)
    {
        Assert.That(I(a).Intersect(I(b)), Is.EqualTo(I(expected)));
    }

    [Test]
    public void Disjoint_intervals_have_no_intersection_and_a_positive_gap()
    {
        Assert.That(I("[1, 2]").Intersect(I("[5, 6]")), Is.Null);
        Assert.That(I("[1, 2]").Gap(I("[5, 6]")), Is.EqualTo(3m));
        Assert.That(I("[5, 6]").Gap(I("[1, 2]")), Is.EqualTo(3m));
        Assert.That(I("[1, 2)").Gap(I("[2, 6]")), Is.EqualTo(0m));
    }

    [TestCase("[1, 2)", "(3, 4]", "[1, 4]")]
    [TestCase("(1, 2)", "[1, 4)", "[1, 4)")]
    [TestCase("(-inf, 2)", "[1, 4)", "(-inf, 4)")]
    public void The_hull_spans_both(string a, string b, string expected)
    {
        Assert.That(I(a).Hull(I(b)), Is.EqualTo(I(expected)));
    }

    [TestCase("[1, 2)", "[10, 20]", "[11, 22)")]
    [TestCase("(-inf, 2]", "[1, 1]", "(-inf, 3]")]
    [TestCase("[-3, -1]", "[-2, 5)", "[-5, 4)")]
    public void Addition_adds_ends_and_keeps_an_end_closed_only_when_both_are(string a, string b, string expected)
    {
        Assert.That(I(a) + I(b), Is.EqualTo(I(expected)));
    }

    [Test]
    public void Subtraction_pairs_each_lower_end_with_the_other_upper_end()
    {
        Assert.That(I("[10, 20)") - I("(1, 2]"), Is.EqualTo(I("[8, 19)")));
        Assert.That(-I("[1, 2)"), Is.EqualTo(I("(-2, -1]")));
    }

    [TestCase("[2, 3]", "[4, 5]", "[8, 15]")]
    [TestCase("[-2, 3]", "[-1, 4]", "[-8, 12]")]
    [TestCase("[-2, -1]", "[-4, -3]", "[3, 8]")]
    [TestCase("(-2, 3]", "[1, 4)", "(-8, 12)")]
    [TestCase("[0, 1)", "(-1, 1]", "(-1, 1)")]
    [TestCase("[0, 1]", "[1, +inf)", "[0, +inf)")]
    [TestCase("(0, 1]", "[1, +inf)", "(0, +inf)")]
    [TestCase("[-1, 1]", "[2, +inf)", "(-inf, +inf)")]
    [TestCase("[0, 0]", "(-inf, +inf)", "[0, 0]")]
    public void Multiplication_takes_the_extremes_of_the_corner_products_even_across_zero(string a, string b, string expected)
    {
        Assert.That(I(a) * I(b), Is.EqualTo(I(expected)));
        Assert.That(I(b) * I(a), Is.EqualTo(I(expected)));
    }

    [TestCase("[1, 2]", "[4, 8]", "[0.125, 0.5]")]
    [TestCase("[1, 2)", "(4, 8]", "[0.125, 0.5)")]
    [TestCase("[-2, 1]", "[2, 4]", "[-1, 0.5]")]
    [TestCase("[1, 2]", "[-4, -2]", "[-1, -0.25]")]
    [TestCase("[1, 2]", "[2, +inf)", "(0, 1]")]
    [TestCase("[1, 2]", "(-inf, -2]", "[-1, 0)")]
    [TestCase("[-1, 2]", "[1, +inf)", "[-1, 2]")]
    public void Division_multiplies_by_the_reciprocal_including_unbounded_divisors(string a, string b, string expected)
    {
        Assert.That(I(a) / I(b), Is.EqualTo(I(expected)));
    }

    [TestCase("[0, 1]")]
    [TestCase("[-1, 0]")]
    [TestCase("(0, 1]")]
    [TestCase("[-1, 0)")]
    [TestCase("[-1, 1]")]
    [TestCase("[0, 0]")]
    [TestCase("(-inf, -1]")]
    [TestCase("[-1, +inf)")]
    [TestCase("(-inf, +inf)")]
    [TestCase("[1, +inf)")]
    public void Division_by_a_divisor_touching_zero_gives_no_quotient_and_says_why(string divisor)
    {
        var quotient = Interval.Divide(I("[1, 2]"), I(divisor));

        Assert.That(quotient.IsEvaluable, Is.EqualTo(!I(divisor).TouchesZero));
        Assert.That(quotient.Reason, quotient.IsEvaluable ? Is.Empty : Does.Contain("contains or touches zero"));
    }

    [TestCase("(0, 1]", true)]
    [TestCase("[-1, 0)", true)]
    [TestCase("(-inf, -1]", false)]
    [TestCase("[1, +inf)", false)]
    [TestCase("(-inf, 0)", true)]
    [TestCase("[0.001, 1]", false)]
    public void A_divisor_with_an_open_zero_end_touches_zero(string divisor, bool expected)
    {
        Assert.That(I(divisor).TouchesZero, Is.EqualTo(expected));
    }

    [TestCase("[1, 2]", "[2, 3]", true, true, true)]
    [TestCase("[1, 2)", "[2, 3]", true, true, true)]
    [TestCase("(2, 3]", "[1, 2]", false, false, false)]
    [TestCase("[2, 3]", "[1, 2]", true, false, false)]
    [TestCase("[2, 3]", "[1, 2)", false, false, false)]
    [TestCase("[5, 6]", "(-inf, 5)", false, false, false)]
    [TestCase("(-inf, 6]", "[7, 8]", true, true, true)]
    [TestCase("[1, 5]", "[2, 3]", true, true, false)]
    public void Comparisons_ask_whether_some_values_satisfy_them(string a, string b, bool possiblyAtMost, bool possiblyLess, bool certainlyAtMost)
    {
        Assert.That(Interval.PossiblyAtMost(I(a), I(b)), Is.EqualTo(possiblyAtMost));
        Assert.That(Interval.PossiblyLessThan(I(a), I(b)), Is.EqualTo(possiblyLess));
        Assert.That(Interval.CertainlyAtMost(I(a), I(b)), Is.EqualTo(certainlyAtMost));
    }

    [TestCase("[1, 2)", "[1, 2)")]
    [TestCase("[-3, -1)", "(1, 3]")]
    [TestCase("(-3, 2]", "[0, 3)")]
    [TestCase("[-2, 3)", "[0, 3)")]
    [TestCase("(-inf, 1]", "[0, +inf)")]
    public void Abs_folds_the_negative_part_onto_the_positive(string x, string expected)
    {
        Assert.That(I(x).Abs(), Is.EqualTo(I(expected)));
    }

    [TestCase("[1, 3]", "[2, 4]", "[1, 3]", "[2, 4]")]
    [TestCase("[1, 3)", "[2, 3)", "[1, 3)", "[2, 3)")]
    [TestCase("[1, 3]", "[2, 3)", "[1, 3)", "[2, 3]")]
    [TestCase("(-inf, 3]", "[2, 4]", "(-inf, 3]", "[2, 4]")]
    public void Min_and_max_combine_ends(string a, string b, string min, string max)
    {
        Assert.That(Interval.Min(I(a), I(b)), Is.EqualTo(I(min)));
        Assert.That(Interval.Max(I(a), I(b)), Is.EqualTo(I(max)));
    }

    [Test]
    public void The_display_rounds_outward_so_that_it_never_claims_too_little()
    {
        var share = Interval.Closed(98.52138m, 98.52175m);
        Assert.That(share.ToDisplayString(4), Is.EqualTo("[98.52, 98.53]"));
        Assert.That(Interval.HalfOpen(98.45m, 98.55m).ToDisplayString(), Is.EqualTo("[98.45, 98.55)"));
        Assert.That(Interval.AtLeast(2m).ToDisplayString(), Is.EqualTo("[2, +inf)"));
    }

    [Test]
    public void Text_is_culture_invariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.That(Interval.HalfOpen(98.45m, 98.55m).ToString(), Is.EqualTo("[98.45, 98.55)"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
