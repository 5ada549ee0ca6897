namespace Stats.Core.Extraction;

/// <summary>
/// Units printed once for a whole table, given to the bare numbers of its cells: a 单位 line (单位：亿元, 单位:万人) for every
/// column, a unit in a column header (绝对数(万元), 比重(%), 增长（%）) for its column, overriding the 单位 line. Tables reach
/// the extractor flattened to text in three layouts, all handled: cells between bars (| 农业 | 52340 | 3.1 |), columns
/// aligned with spaces (PDF text), and one cell per line, where the n-th number after a row's label is in the n-th header
/// column that has a unit.
/// <para>
/// A table ends at a blank line after its rows, at a line of prose (a sentence mark or a comma between words) and where a
/// new 单位 line or header starts the next table. Only a number that fills its cell gets the unit: a number inside a
/// label (其中:0-14岁) names the row, and a label holding numbers (65岁及以上, 0-14岁) is a <see cref="MentionKind.Threshold"/>.
/// </para>
/// </summary>
internal static class TableUnits
{
    /// <summary>The unit of a header or 单位 line, with its multiplier (万人 → 人 × 10000).</summary>
    private sealed record HeaderUnit(Unit Unit, decimal Factor)
    {
        /// <summary>The column holds growth rates (比上年增长(%), 增速(%)): its cells are rates of their row's level.</summary>
        public bool Growth { get; init; }

        /// <summary>The column holds shares (比重(%), 构成(%)): its cells are shares of their row's level in a whole.</summary>
        public bool Share { get; init; }
    }

    /// <summary>How a line's cells are separated: bars, tabs, runs of two or more spaces, or not at all (one cell).</summary>
    private enum Layout { Single, Spaces, Tabs, Bars }

    /// <summary>What is in force while reading one table.</summary>
    private sealed class Table
    {
        public bool Active;
        public bool SawRows;
        public HeaderUnit? Block;
        public readonly Dictionary<int, HeaderUnit> Columns = [];
        public Layout HeaderLayout;
        public int HeaderCells;
        public readonly List<HeaderUnit> Stacked = [];
        /// <summary>Numbers (or dashes) on consecutive one-cell lines since the last label: the column of a stacked cell.</summary>
        public int Run;

        public void Reset()
        {
            Active = false;
            SawRows = false;
            Block = null;
            Columns.Clear();
            HeaderLayout = Layout.Single;
            HeaderCells = 0;
            Stacked.Clear();
            Run = 0;
        }

        /// <summary>
        /// The unit of a cell: its column's, else the 单位 line's, else a lone unit of a caption line (主要产品产量（万吨）) over a
        /// table whose rows are not stacked. Columns count only in rows laid out as the header was; cells split by spaces
        /// drift, so there the row must also have as many cells as the header.
        /// </summary>
        public HeaderUnit? UnitOf(Layout layout, int cell, int cells, bool stacked)
        {
            if (stacked) return Run - 1 < Stacked.Count ? Stacked[Run - 1] : Block;
            var columnsApply = layout != Layout.Single && layout == HeaderLayout && (layout != Layout.Spaces || cells == HeaderCells);
            return (columnsApply ? Columns.GetValueOrDefault(cell) : null) ?? Block ?? (Stacked.Count == 1 ? Stacked[0] : null);
        }
    }

    /// <summary>Longest unit text inside a header's brackets (亿元, 万人, 个百分点).</summary>
    private const int LongestHeaderUnit = 8;

    public static void Apply(string text, List<Candidate> found)
    {
        var table = new Table();
        var index = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            while (index < found.Count && found[index].Start < lineStart) index++;
            var first = index;
            var last = first;
            while (last < found.Count && found[last].Start < lineEnd) last++;
            ReadLine(text, lineStart, lineEnd, found, first, last, table);
            index = last;
            lineStart = lineEnd + 1;
        }
    }

    private static void ReadLine(string text, int lineStart, int lineEnd, List<Candidate> found, int first, int last, Table table)
    {
        var (start, end) = Trim(text, lineStart, lineEnd);
        if (start == end)
        {
            if (table.SawRows) table.Reset();
            return;
        }
        if (UnitLine(text, start, end) is { } block)
        {
            table.Reset();
            table.Active = true;
            table.Block = block;
            return;
        }
        if (IsProse(text, start, end))
        {
            table.Reset();
            return;
        }
        var layout = LayoutOf(text, start, end);
        if (HeaderUnits(text, start, end, layout, table)) return;
        if (!table.Active) return;

        var stacked = (layout == Layout.Single && last - first == 1 && IsWholeLine(found[first], start, end, text)) || IsDash(text, start, end);
        table.Run = stacked ? table.Run + 1 : 0;
        var cells = new CellCounter(text, start, layout).CellAt(end) + 1;
        var labelCell = layout == Layout.Bars ? FirstFilledCell(text, start, end) : layout != Layout.Single && cells >= 2 ? 0 : -1;
        var cellsWithNumbers = 0;
        var counter = new CellCounter(text, start, layout);
        for (var k = first; k < last; k++)
        {
            var c = found[k];
            var cell = counter.CellAt(c.Start);
            if (!IsBare(c, text) || !IsCell(text, c, lineStart, lineEnd) || cell == labelCell) continue;
            cellsWithNumbers++;
            if (table.UnitOf(layout, cell, cells, stacked) is { } unit) found[k] = WithUnit(c, unit);
        }
        if (cellsWithNumbers > 0 || stacked) table.SawRows = true;
        if (labelCell < 0 || cellsWithNumbers == 0) return;
        counter = new CellCounter(text, start, layout);
        for (var k = first; k < last; k++)
        {
            // Numbers in a row's label name the row (其中:0-14岁, 65岁及以上): category bounds, not figures.
            if (counter.CellAt(found[k].Start) == labelCell && found[k].Kind.IsFigure())
                found[k] = Threshold.Mark(found[k]);
        }
    }

    private static Layout LayoutOf(string text, int start, int end)
    {
        var layout = Layout.Single;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '|') return Layout.Bars;
            if (text[i] == '\t') layout = Layout.Tabs;
            else if (layout == Layout.Single && i > start && IsSpace(text[i]) && IsSpace(text[i - 1])) layout = Layout.Spaces;
        }
        return layout;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    /// <summary>A number as the grammar left it when nothing followed it: no unit, multiplier or qualifier (or a long digit run taken for a code).</summary>
    private static bool IsBare(Candidate c, string text) =>
        (c.Kind == MentionKind.Number && c.Unit.Length == 0 && c.Multiplier == 1m && c.Qualifier.Length == 0 && c.Value is not null)
        || (c.Kind == MentionKind.Identifier && c.Number.Length > 0 && IsDigitsOnly(text, c.Start, c.End));

    private static bool IsDigitsOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!ArabicNumeral.IsDigit(text[i])) return false;
        }
        return true;
    }

    private static Candidate WithUnit(Candidate c, HeaderUnit header)
    {
        // A numeral beyond decimal's range has no value and takes no unit: it stays as it was read.
        if (c.Value is not { } number &&
            !decimal.TryParse(c.Number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out number))
            return c;
        var value = Magnitude.Scale(number, header.Factor);
        if (value is null) return c;
        return c with
        {
            Kind = header.Unit.Kind,
            Value = value,
            Unit = header.Unit.Canonical,
            Multiplier = header.Factor,
            Dimension = header.Unit.Dimension,
            GrowthColumn = header.Growth && header.Unit.Dimension == Dimension.Percent,
            ShareColumn = header.Share && header.Unit.Dimension == Dimension.Percent,
        };
    }

    /// <summary>A cell's content is the number alone: a bar, a tab, a space or the line's edge on either side.</summary>
    private static bool IsCell(string text, Candidate c, int lineStart, int lineEnd)
    {
        static bool IsEdge(char ch) => ch is ' ' or '\t' or '\u3000' or '\u00A0' or '|' or '\r';
        return (c.Start == lineStart || IsEdge(text[c.Start - 1])) && (c.End == lineEnd || IsEdge(text[c.End]));
    }

    private static bool IsWholeLine(Candidate c, int start, int end, string text)
    {
        var (s, e) = Trim(text, start, end);
        while (e > s && text[e - 1] is '|' or ' ') e--;
        return c.Start == s && c.End == e;
    }

    private static bool IsDash(string text, int start, int end)
    {
        var content = text.AsSpan(start, end - start).TrimEnd('|').Trim();
        return content is "-" or "—" or "－" or "--" or "——" or "…";
    }

    /// <summary>
    /// The cell a position of a line falls in, counting separators from the line's first non-space character; positions
    /// must come in order, so that a line is walked once whatever its cells.
    /// </summary>
    private struct CellCounter(string text, int from, Layout layout)
    {
        private int position = from;
        private int cells;
        private int spaces;

        public int CellAt(int at)
        {
            for (; position < at; position++)
            {
                var c = text[position];
                switch (layout)
                {
                    case Layout.Bars when c == '|':
                    case Layout.Tabs when c == '\t':
                        cells++;
                        break;
                    case Layout.Spaces:
                        spaces = IsSpace(c) ? spaces + 1 : 0;
                        if (spaces == 2) cells++;
                        break;
                }
            }
            return cells;
        }
    }

    /// <summary>The cell holding a row's label: the first filled one of a line with at least two filled cells, else -1.</summary>
    private static int FirstFilledCell(string text, int start, int end)
    {
        var (cell, first, filled) = (0, -1, 0);
        var inFilled = false;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '|')
            {
                cell++;
                inFilled = false;
            }
            else if (!char.IsWhiteSpace(text[i]) && !inFilled)
            {
                inFilled = true;
                filled++;
                if (first < 0) first = cell;
            }
        }
        return filled >= 2 ? first : -1;
    }

    /// <summary>Prose, not a table row: a sentence mark, or a comma that does not group digits.</summary>
    private static bool IsProse(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '。' or '；' or ';' or '！' or '？' or '，') return true;
            if (c == ',' && !(i > start && ArabicNumeral.IsDigit(text[i - 1]) && i + 1 < end && ArabicNumeral.IsDigit(text[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>The unit of a 单位 line (单位：亿元, 单位:万人), or null.</summary>
    private static HeaderUnit? UnitLine(string text, int start, int end)
    {
        var at = text.IndexOf("单位", start, end - start, StringComparison.Ordinal);
        if (at < 0) return null;
        var p = at + 2;
        while (p < end && text[p] is ' ' or '\u3000') p++;
        if (p >= end || text[p] is not (':' or '：')) return null;
        p++;
        while (p < end && text[p] is ' ' or '\u3000') p++;
        var q = p;
        while (q < end && !char.IsWhiteSpace(text[q]) && text[q] is not ('、' or '，' or ',' or '）' or ')' or '|')) q++;
        // The unit closes the line (表1…，单位：万元); words after it (单位:% 据抽样调查…) make the line prose, not a table's head.
        for (var r = q; r < end; r++)
        {
            if (!char.IsWhiteSpace(text[r]) && text[r] is not ('）' or ')' or '|')) return null;
        }
        return UnitIn(text, p, q);
    }

    /// <summary>
    /// Reads the units in a header line's brackets: on a line of several cells each is its column's; a line that is one
    /// header cell (a stacked table, or a caption) adds the next stacked column. True when the line was a header.
    /// </summary>
    private static bool HeaderUnits(string text, int start, int end, Layout layout, Table table)
    {
        var isHeader = false;
        var counter = new CellCounter(text, start, layout);
        for (var i = start; i < end; i++)
        {
            HeaderUnit? unit;
            var close = i;
            if (text[i] is '(' or '（')
            {
                close = i + 1;
                while (close < end && close - i <= LongestHeaderUnit + 1 && text[close] is not (')' or '）')) close++;
                if (close >= end || text[close] is not (')' or '）')) continue;
                unit = UnitIn(text, i + 1, close);
            }
            else
            {
                unit = PercentEndingHeader(text, i, start, end);
            }
            if (unit is null) continue;
            if (Names(text, start, i, GrowthHeaderWords)) unit = unit with { Growth = true };
            else if (Names(text, start, i, ShareHeaderWords)) unit = unit with { Share = true };
            if (!isHeader && table.SawRows) table.Reset();
            isHeader = true;
            table.Active = true;
            if (layout == Layout.Single) table.Stacked.Add(unit);
            else table.Columns[counter.CellAt(i)] = unit;
            i = close;
        }
        if (isHeader && layout != Layout.Single)
        {
            table.HeaderLayout = layout;
            table.HeaderCells = new CellCounter(text, start, layout).CellAt(end) + 1;
        }
        return isHeader;
    }

    private static readonly string[] GrowthHeaderWords = ["增长", "增速", "增幅", "增减", "比上年", "同比"];

    private static readonly string[] ShareHeaderWords = ["比重", "构成", "占比"];

    /// <summary>Whether the header cell before <paramref name="at"/> (back to its bar, tab or the line's start) holds one of the words.</summary>
    private static bool Names(string text, int lineStart, int at, string[] headerWords)
    {
        var from = at;
        while (from > lineStart && at - from < 12 && text[from - 1] is not ('|' or '\t')) from--;
        var words = text.AsSpan(from, at - from);
        foreach (var word in headerWords)
            if (words.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A header cell that ends in % after a word (比上年增长%, 比重％): the percent unit of its column, else null.</summary>
    private static HeaderUnit? PercentEndingHeader(string text, int at, int start, int end)
    {
        if (text[at] is not ('%' or '％') || at == start || text[at - 1] is < '\u4e00' or > '\u9fff') return null;
        if (at + 1 < end && !(IsSpace(text[at + 1]) || text[at + 1] is '|' or '\t')) return null;
        return UnitVocabulary.Match(text, at) is { } percent ? new HeaderUnit(percent, 1m) : null;
    }

    /// <summary>A unit expression filling text[start, end): [multiplier] unit, as 亿元, 万人, %, 个百分点.</summary>
    private static HeaderUnit? UnitIn(string text, int start, int end)
    {
        (start, end) = Trim(text, start, end);
        if (start >= end) return null;
        var factor = 1m;
        var p = start;
        if (MultiplierVocabulary.Match(text, p) is { } multiplier)
        {
            factor = multiplier.Factor;
            p += multiplier.Word.Length;
        }
        var unit = UnitVocabulary.MatchRate(text, p);
        return unit is not null && p + unit.Printed.Length == end ? new HeaderUnit(unit, factor) : null;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
