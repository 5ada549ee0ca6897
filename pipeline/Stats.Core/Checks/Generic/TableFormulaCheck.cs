using System.Text.RegularExpressions;
using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;

namespace Stats.Core.Checks.Generic;

/// <summary>
/// A table whose header row names its columns by letters with formulas (公式 A=B+C B C D=E+F E F): every row below it with
/// one figure per column must satisfy each formula within the rounding of its cells.
/// </summary>
public sealed partial class TableFormulaCheck : IGenericCheck
{
    public string Kind => CheckKind.Table.Name;

    [GeneratedRegex(@"(?<![A-Za-z])([A-Z])(?:\s*=\s*([A-Z](?:\s*[+\-]\s*[A-Z])+))?(?![A-Za-z])")]
    private static partial Regex Column();

    public IEnumerable<Finding> Run(CheckInput input)
    {
        var text = input.Report.Content;
        var figures = input.Figures;
        var next = 0;
        foreach (var (lineStart, lineEnd) in Lines(text))
        {
            var line = text[lineStart..lineEnd];
            if (!line.Contains('=') || !line.Contains('+')) continue;
            var columns = Column().Matches(line).Select(m => m.Groups[1].Value).ToList();
            var formulas = Column().Matches(line).Where(m => m.Groups[2].Success)
                .Select(m => (Left: m.Groups[1].Value, Right: Terms(m.Groups[2].Value))).ToList();
            if (formulas.Count == 0 || columns.Distinct().Count() != columns.Count) continue;
            if (formulas.Any(f => f.Right.Any(t => !columns.Contains(t.Column)))) continue;
            while (next < figures.Count && figures[next].Span.Start < lineEnd) next++;
            // The rows follow the header line until a line with figures of another shape.
            var at = next;
            foreach (var (rowStart, rowEnd) in Lines(text, lineEnd))
            {
                var row = new List<Mention>();
                while (at < figures.Count && figures[at].Span.Start < rowEnd)
                {
                    if (figures[at].Span.Start >= rowStart) row.Add(figures[at]);
                    at++;
                }
                if (row.Count == 0)
                {
                    // Blank lines may sit inside a table; a line of words without figures ends it.
                    if (text.AsSpan(rowStart, rowEnd - rowStart).Trim().IsEmpty) continue;
                    break;
                }
                if (row.Count != columns.Count || row.Any(m => m.Kind is not (MentionKind.Amount or MentionKind.Quantity or MentionKind.Count or MentionKind.Number))) break;
                foreach (var (left, right) in formulas)
                    yield return Judge(input, columns, row, left, right);
            }
        }
    }

    private Finding Judge(CheckInput input, List<string> columns, IReadOnlyList<Mention> row, string left, IReadOnlyList<(int Sign, string Column)> right)
    {
        var total = row[columns.IndexOf(left)];
        var terms = right.Select(t => (t.Sign, Cell: row[columns.IndexOf(t.Column)])).ToList();
        var sum = terms.Select(t => input.IntervalOf(t.Cell) * t.Sign).Aggregate((a, b) => a + b);
        var stated = input.IntervalOf(total);
        var holds = sum.Meets(stated);
        var formula = $"{left}={string.Join("", right.Select((t, i) => (i == 0 && t.Sign > 0 ? "" : t.Sign > 0 ? "+" : "-") + t.Column))}";
        var arithmetic = string.Join("", terms.Select((t, i) => (i == 0 && t.Sign > 0 ? "" : t.Sign > 0 ? " + " : " - ") + t.Cell.Text));
        return GenericFinding.About(Kind, [total, .. terms.Select(t => t.Cell)], "a table row satisfies its header's formula")
            .Judged(stated, sum, holds, total.Unit) with
            {
                Message = $"Column formula {formula}: {arithmetic} = {IntervalText.Format(sum)}, which {(holds ? "meets" : "misses")} {total.Text} = {IntervalText.Format(stated)}.",
            };
    }

    private static List<(int Sign, string Column)> Terms(string formula)
    {
        var terms = new List<(int, string)>();
        var sign = 1;
        foreach (var c in formula)
        {
            if (c == '+') sign = 1;
            else if (c == '-') sign = -1;
            else if (c is >= 'A' and <= 'Z') terms.Add((sign, c.ToString()));
        }
        return terms;
    }

    private static IEnumerable<(int Start, int End)> Lines(string text, int from = 0)
    {
        var start = from < text.Length && text[from] == '\n' ? from + 1 : from;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            yield return (start, end);
            start = end + 1;
        }
    }
}
