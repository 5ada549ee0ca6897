namespace Stats.Core.Text;

/// <summary>A report's decoded text with its name, and the 1-based line and column of any offset.</summary>
public sealed class ReportText
{
    private readonly int[] lineStarts;

    public ReportText(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(content);
        Name = name;
        Content = content;
        var starts = new List<int> { 0 };
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\n') starts.Add(i + 1);
        }
        lineStarts = starts.ToArray();
    }

    /// <summary>The file name or label the text came from, used in messages.</summary>
    public string Name { get; }

    public string Content { get; }

    public string Slice(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>The 1-based line and column (in UTF-16 code units) of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        if (offset < 0 || offset > Content.Length) throw new ArgumentOutOfRangeException(nameof(offset));
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }
}
