using System.Text;

namespace Stats.Core.Text;

/// <summary>
/// Turns a report's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (which covers GBK and GB2312),
/// and refuses empty, binary and undecodable input with an <see cref="InputException"/>.
/// </summary>
public static class ReportDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static ReportDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ReportText Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.IsEmpty) throw new InputException(name, "the file is empty; give a report's plain text.");
        var (encoding, preamble) = DetectBom(bytes);
        string text;
        if (encoding is not null)
        {
            text = Strict(encoding, name).GetString(bytes[preamble..]);
        }
        else if (LooksBinary(bytes))
        {
            throw new InputException(name, "the file is binary, not text; give a report's plain text (UTF-8, UTF-16 with BOM, or GB18030/GBK).");
        }
        else if (TryUtf8(bytes, out var utf8))
        {
            text = utf8;
        }
        else
        {
            text = Strict(Encoding.GetEncoding("GB18030"), name).GetString(bytes);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(name, "the file holds no text; give a report's plain text.");
        if (text.Contains('\0')) throw new InputException(name, "the file holds NUL characters, so it is binary, not text.");
        return new ReportText(name, text);
    }

    private static (Encoding? Encoding, int Preamble) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false, true), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false, true), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false, true), 2);
        return (null, 0);
    }

    // Text in any of the accepted encodings has no NUL byte and few C0 controls besides tab and line ends.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        }
        return controls * 100 > sample.Length;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static Encoding Strict(Encoding encoding, string name)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = new RefusingDecoderFallback(name, encoding.WebName);
        return strict;
    }

    /// <summary>Turns an undecodable byte into a one-line InputException naming the file and the byte offset.</summary>
    private sealed class RefusingDecoderFallback(string name, string encoding) : DecoderFallback
    {
        public override int MaxCharCount => 0;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(name, encoding);

        private sealed class Buffer(string name, string encoding) : DecoderFallbackBuffer
        {
            public override int Remaining => 0;

            public override bool Fallback(byte[] bytesUnknown, int index) =>
                throw new InputException(name, $"byte offset {index}: not valid {encoding}; save the report as UTF-8 or GB18030.");

            public override char GetNextChar() => '\0';

            public override bool MovePrevious() => false;
        }
    }
}
