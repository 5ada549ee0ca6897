using System.Runtime.InteropServices;
using System.Text;
using HarfBuzzSharp;

namespace Stats.Reporting.Fonts;

/// <summary>
/// A TrueType font cut down to the glyphs of the characters a page or plot draws, by HarfBuzz's subsetter (hb-subset),
/// whose native library already ships with SkiaSharp (HarfBuzzSharp). The subset keeps the source's tables
/// as they are apart from dropping unused glyphs and hinting, so it carries the source's own timestamps and the same
/// bytes come out on every run.
/// </summary>
public static partial class FontSubset
{
    // HarfBuzzSharp binds shaping only; its native library exports the subsetter too, which is called here directly.
    private const string HarfBuzz = "libHarfBuzzSharp";

    // hb_subset_flags_t: hinting instructions are dropped (bytes the page's text sizes do without), and .notdef keeps its
    // outline, so a character the subset lacks shows as a box rather than as nothing.
    private const uint NoHinting = 0x1;
    private const uint NotdefOutline = 0x40;

    /// <summary>
    /// The face <paramref name="faceIndex"/> of the font file (a .ttc holds several) holding only the glyphs of
    /// <paramref name="codePoints"/> (characters the font lacks are left out) and .notdef, as a TrueType file.
    /// </summary>
    public static byte[] Of(string fontPath, int faceIndex, IEnumerable<int> codePoints)
    {
        if (!File.Exists(fontPath)) throw new FileNotFoundException("The font to subset is missing.", fontPath);
        using var blob = Blob.FromFile(fontPath);
        using var face = new Face(blob, faceIndex);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var c in codePoints.Distinct().Order()) hb_set_add(unicodes, (uint)c);
            hb_subset_input_set_flags(input, NoHinting | NotdefOutline);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException($"HarfBuzz could not subset face {faceIndex} of {fontPath}.");
            try
            {
                var data = hb_face_reference_blob(subset);
                try
                {
                    var start = hb_blob_get_data(data, out var length);
                    if (start == IntPtr.Zero || length == 0) throw new InvalidOperationException($"HarfBuzz wrote an empty subset of {fontPath}.");
                    var bytes = new byte[length];
                    Marshal.Copy(start, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(data);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    /// <summary>The distinct code points of texts, in order, without the control characters no font draws.</summary>
    public static IReadOnlyList<int> CodePoints(IEnumerable<string> texts)
    {
        // The page's text runs to a megabyte of few distinct characters: a bit per code point of the Basic Multilingual
        // Plane marks those seen (a sorted set per character took half a second), and the rare ones beyond it go to a set.
        var basic = new ulong[0x10000 / 64];
        var beyond = new HashSet<int>();
        foreach (var text in texts)
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsControl(rune)) continue;
                if (rune.IsBmp) basic[rune.Value >> 6] |= 1UL << (rune.Value & 63);
                else beyond.Add(rune.Value);
            }
        var found = new List<int>();
        for (var word = 0; word < basic.Length; word++)
            for (var bits = basic[word]; bits != 0; bits &= bits - 1)
                found.Add((word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits));
        found.AddRange(beyond.Order());
        return found;
    }

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(HarfBuzz)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_blob_destroy(IntPtr blob);
}
