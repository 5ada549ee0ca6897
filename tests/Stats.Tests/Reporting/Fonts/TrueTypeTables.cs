using System.Buffers.Binary;
using System.Text;

namespace Stats.Tests.Reporting.Fonts;

/// <summary>Reads a few fields of a TrueType file or of one face of a collection (.ttc), enough to check what a subset keeps.</summary>
public sealed class TrueTypeTables(byte[] bytes, int face = 0)
{
    private readonly int directory = Encoding.ASCII.GetString(bytes, 0, 4) == "ttcf"
        ? (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(12 + 4 * face))
        : 0;

    public IReadOnlyList<string> Tags => Entries().Select(e => e.Tag).ToList();

    /// <summary>maxp.numGlyphs: how many glyphs the font holds, .notdef included.</summary>
    public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").Slice(4));

    /// <summary>head.created and head.modified, seconds since 1904 as written: a subset must carry the source's, not the clock's.</summary>
    public (long Created, long Modified) HeadDates =>
        (BinaryPrimitives.ReadInt64BigEndian(Table("head").Slice(20)), BinaryPrimitives.ReadInt64BigEndian(Table("head").Slice(28)));

    public ReadOnlySpan<byte> Table(string tag)
    {
        var entry = Entries().SingleOrDefault(e => e.Tag == tag);
        if (entry.Tag is null) throw new KeyNotFoundException($"no '{tag}' table");
        return bytes.AsSpan(entry.Offset, entry.Length);
    }

    private IEnumerable<(string Tag, int Offset, int Length)> Entries()
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(directory + 4));
        for (var i = 0; i < count; i++)
        {
            var record = directory + 12 + 16 * i;
            yield return (Encoding.ASCII.GetString(bytes, record, 4),
                (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(record + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(record + 12)));
        }
    }
}
