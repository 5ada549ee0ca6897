using Stats.Reporting.Fonts;
using Stats.Reporting.Plots;
using Stats.Tests.Reporting.Plots;

namespace Stats.Tests.Reporting.Fonts;

public class FontSubsetTests
{
    private static readonly ChartFont Font = ChartFont.Bundled;

    private static byte[] Subset(string text) => FontSubset.Of(Font.Path, Font.FaceIndex, FontSubset.CodePoints([text]));

    [Test]
    public void A_subset_holds_a_glyph_for_each_character_asked_for_and_hardly_anything_else()
    {
        var subset = Subset("100.97万元 → 100.97亿元");

        // 1 0 . 9 7 万 元 space → 亿 and .notdef, and the few component glyphs the font builds some outlines from.
        Assert.That(new TrueTypeTables(subset).GlyphCount, Is.InRange(11, 14));
        Assert.That(FontGlyphs.MissingIn(subset, ["100.97万元 100.97亿元"]), Is.Empty);
        Assert.That(FontGlyphs.MissingIn(subset, ["吨"]), Is.EqualTo(new[] { "吨" }));
    }

    [Test]
    public void A_subset_is_a_small_fraction_of_the_bundled_font()
    {
        var subset = Subset("粮食种植总面积达到41779.9公顷，全年粮食产量达到5016万吨。");

        Assert.That(subset, Has.Length.LessThan(new FileInfo(Font.Path).Length / 100));
        Assert.That(new TrueTypeTables(subset).Tags, Does.Contain("glyf").And.Contain("cmap").And.Contain("hmtx"));
    }

    [Test]
    public void A_subset_is_the_same_bytes_on_every_run_and_keeps_the_source_fonts_dates()
    {
        var first = Subset("一般公共预算收入6829.11万元");
        var second = Subset("一般公共预算收入6829.11万元");

        Assert.That(second, Is.EqualTo(first));
        var source = new TrueTypeTables(File.ReadAllBytes(Font.Path), Font.FaceIndex);
        Assert.That(new TrueTypeTables(first).HeadDates, Is.EqualTo(source.HeadDates), "no clock reading in head.modified");
    }

    [Test]
    public void Characters_the_font_lacks_are_left_out_rather_than_failing()
    {
        var subset = Subset("万\U0001F600");

        Assert.That(new TrueTypeTables(subset).GlyphCount, Is.EqualTo(2));
    }

    [Test]
    public void Code_points_are_distinct_ordered_and_leave_out_control_characters()
    {
        Assert.That(FontSubset.CodePoints(["b\na万", "万\U0001F600"]), Is.EqualTo(new[] { 'a', 'b', 0x4E07, 0x1F600 }));
    }

    [Test]
    public void A_missing_font_file_is_named_in_the_error()
    {
        Assert.That(() => FontSubset.Of("/nonexistent/font.ttf", 0, [0x4E07]), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("font"));
    }
}
