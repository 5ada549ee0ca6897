using System.Runtime.InteropServices;
using SkiaSharp;

namespace Stats.Tests.Reporting.Html;

/// <summary>
/// Where two screenshots of the same page differ: the differing pixels, and the places they form (differing pixels within a
/// few pixels of each other count as one place, about one glyph of body text), with a picture of them for a person.
/// </summary>
public sealed record ScreenshotDiff(long Pixels, IReadOnlyList<SKRectI> Places, (int Width, int Height) Size)
{
    /// <summary>The side of the cells differing pixels are grouped by: about half a glyph of the page's body text.</summary>
    private const int Cell = 8;

    public static ScreenshotDiff Of(string expectedPng, string actualPng, string diffPng)
    {
        if (File.ReadAllBytes(expectedPng).AsSpan().SequenceEqual(File.ReadAllBytes(actualPng)))
        {
            using var codec = SKCodec.Create(expectedPng);
            return new ScreenshotDiff(0, [], (codec.Info.Width, codec.Info.Height));
        }
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
            return new ScreenshotDiff(long.MaxValue, [new SKRectI(0, 0, actual.Width, actual.Height)], (actual.Width, actual.Height));
        var (columns, rows) = ((expected.Width + Cell - 1) / Cell, (expected.Height + Cell - 1) / Cell);
        var marked = new bool[columns, rows];
        long pixels = 0;
        var expectedPixels = MemoryMarshal.Cast<byte, uint>(expected.GetPixelSpan());
        var actualPixels = MemoryMarshal.Cast<byte, uint>(actual.GetPixelSpan());
        var picturePixels = expectedPixels.ToArray();
        for (var i = 0; i < expectedPixels.Length; i++)
        {
            // Same pixels faded, differing ones opaque red (in the bitmap's own byte order, red and alpha set).
            if (expectedPixels[i] == actualPixels[i]) { picturePixels[i] = (picturePixels[i] & 0x00FFFFFF) | 0x3C000000; continue; }
            pixels++;
            marked[i % expected.Width / Cell, i / expected.Width / Cell] = true;
            picturePixels[i] = expected.ColorType == SKColorType.Bgra8888 ? 0xFFFF0000 : 0xFF0000FF;
        }
        using (var image = SKImage.FromPixelCopy(expected.Info, MemoryMarshal.AsBytes(picturePixels.AsSpan())))
        using (var png = image.Encode(SKEncodedImageFormat.Png, 100))
        using (var stream = File.Create(diffPng))
            png.SaveTo(stream);
        return new ScreenshotDiff(pixels, Regions(marked), (expected.Width, expected.Height));
    }

    // Connected groups of marked cells, neighbours in all eight directions, as the pixel rectangles they cover.
    private static List<SKRectI> Regions(bool[,] marked)
    {
        var (columns, rows) = (marked.GetLength(0), marked.GetLength(1));
        var seen = new bool[columns, rows];
        var regions = new List<SKRectI>();
        for (var cy = 0; cy < rows; cy++)
            for (var cx = 0; cx < columns; cx++)
            {
                if (!marked[cx, cy] || seen[cx, cy]) continue;
                var pending = new Stack<(int, int)>([(cx, cy)]);
                seen[cx, cy] = true;
                var (left, top, right, bottom) = (cx, cy, cx, cy);
                while (pending.TryPop(out var cell))
                {
                    (left, top, right, bottom) = (Math.Min(left, cell.Item1), Math.Min(top, cell.Item2), Math.Max(right, cell.Item1), Math.Max(bottom, cell.Item2));
                    for (var dy = -1; dy <= 1; dy++)
                        for (var dx = -1; dx <= 1; dx++)
                        {
                            var (x, y) = (cell.Item1 + dx, cell.Item2 + dy);
                            if (x < 0 || y < 0 || x >= columns || y >= rows || !marked[x, y] || seen[x, y]) continue;
                            seen[x, y] = true;
                            pending.Push((x, y));
                        }
                }
                regions.Add(new SKRectI(left * Cell, top * Cell, (right + 1) * Cell, (bottom + 1) * Cell));
            }
        return regions;
    }
}
