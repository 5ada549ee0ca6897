using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Tests.Reporting.Html;

/// <summary>
/// Counts, inside the page as Chromium draws it, the characters drawn as a missing glyph: once the page's fonts have
/// loaded, each distinct character of its text is drawn on a canvas in the font list of the element it stands in, and
/// compared with an unassigned code point (U+0378) drawn in the same list, which no font has: the same picture is a box.
/// </summary>
public static partial class MissingGlyphCount
{
    private const string Script = """
        <script>
        (function () {
          var root = document.documentElement;
          document.fonts.ready.then(function () {
            var canvas = document.createElement("canvas");
            canvas.width = 64; canvas.height = 64;
            var context = canvas.getContext("2d", { willReadFrequently: true });
            function picture(character, family) {
              context.clearRect(0, 0, 64, 64);
              context.font = "40px " + family;
              context.fillStyle = "#000";
              context.textBaseline = "middle";
              context.fillText(character, 8, 32);
              var data = context.getImageData(0, 0, 64, 64).data, bits = "";
              for (var i = 3; i < data.length; i += 4) bits += data[i] > 127 ? "1" : "0";
              return bits;
            }
            var byFamily = {};
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              var parent = walker.currentNode.parentElement;
              if (!parent || parent.closest("script, style, option")) continue;
              var family = getComputedStyle(parent).fontFamily;
              var characters = byFamily[family] || (byFamily[family] = {});
              Array.from(walker.currentNode.data).forEach(function (c) {
                if (!/[\s\u00AD\u200B-\u200F\u2060\uFEFF]/.test(c)) characters[c] = true;
              });
            }
            var checked = 0, missing = [];
            Object.keys(byFamily).forEach(function (family) {
              var box = picture("\u0378", family);
              Object.keys(byFamily[family]).forEach(function (c) {
                checked++;
                if (picture(c, family) === box && missing.indexOf(c) < 0) missing.push(c);
              });
            });
            root.dataset.glyphsChecked = String(checked);
            root.dataset.missingGlyphs = String(missing.length);
            root.dataset.missingCharacters = missing.join("");
          });
        })();
        </script>
        """;

    /// <summary>How many characters (per font list) were checked, and those drawn as a missing glyph.</summary>
    public static (int Checked, string Missing) Of(HeadlessChromium chromium, string html, string folder)
    {
        var counting = Path.Combine(folder, "count-" + Path.GetFileName(html));
        File.WriteAllText(counting, File.ReadAllText(html).Replace("</body>", Script + "</body>", StringComparison.Ordinal));
        var (dom, log) = chromium.DumpDom(counting);
        var count = Attributes().Match(dom);
        Assert.That(count.Success, Is.True, "the counting script did not finish: " + log);
        return (int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture), System.Net.WebUtility.HtmlDecode(count.Groups[3].Value));
    }

    [GeneratedRegex("data-glyphs-checked=\"(\\d+)\" data-missing-glyphs=\"(\\d+)\" data-missing-characters=\"([^\"]*)\"")]
    private static partial Regex Attributes();
}
