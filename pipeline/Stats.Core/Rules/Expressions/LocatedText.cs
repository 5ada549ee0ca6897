using Stats.Core.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Stats.Core.Rules.Expressions;

/// <summary>
/// An expression's text with the file position of each of its characters, so that errors point into the YAML file
/// even when the scalar is quoted or a block.
/// </summary>
public sealed class LocatedText
{
    private readonly SourcePosition[] positions;

    private LocatedText(string text, string file, SourcePosition[] positions)
    {
        Text = text;
        File = file;
        this.positions = positions;
    }

    public string Text { get; }

    public string File { get; }

    /// <summary>The position of the character at <paramref name="offset"/>; the end of the text maps just past its last character.</summary>
    public SourcePosition PositionOf(int offset) => positions[Math.Clamp(offset, 0, positions.Length - 1)];

    /// <summary>Text on one line starting at <paramref name="start"/> (tests, and expressions not read from a file).</summary>
    public static LocatedText OnOneLine(string text, string file, SourcePosition start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var positions = new SourcePosition[text.Length + 1];
        for (var i = 0; i <= text.Length; i++) positions[i] = new SourcePosition(start.Line, start.Column + i);
        return new LocatedText(text, file, positions);
    }

    /// <summary>
    /// Maps a scalar's value onto the file: the value's non-blank characters appear in the file in the same order after
    /// the scalar's start (true of plain, quoted and block scalars without escapes), so they are matched one by one.
    /// </summary>
    public static LocatedText FromScalar(YamlScalarNode scalar, string yaml, string file)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        ArgumentNullException.ThrowIfNull(yaml);
        var text = scalar.Value ?? "";
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < yaml.Length; i++) if (yaml[i] == '\n') lineStarts.Add(i + 1);
        SourcePosition At(int index)
        {
            var line = lineStarts.BinarySearch(index);
            if (line < 0) line = ~line - 1;
            return new SourcePosition(line + 1, index - lineStarts[line] + 1);
        }

        var cursor = (int)Math.Min(scalar.Start.Index, yaml.Length);
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) cursor++;
        else if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var newline = yaml.IndexOf('\n', cursor);
            cursor = newline < 0 ? yaml.Length : newline + 1;
        }
        var positions = new SourcePosition[text.Length + 1];
        var last = At(Math.Min(cursor, yaml.Length));
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                positions[i] = last;
                continue;
            }
            var found = yaml.IndexOf(text[i], Math.Min(cursor, yaml.Length));
            if (found < 0)
            {
                positions[i] = last;
                continue;
            }
            positions[i] = At(found);
            last = new SourcePosition(positions[i].Line, positions[i].Column + 1);
            cursor = found + 1;
        }
        positions[text.Length] = last;
        return new LocatedText(text, file, positions);
    }
}
