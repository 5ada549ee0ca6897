using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;
using Stats.Core.Text;

namespace Stats.Core.Checks.Generic;

/// <summary>What a generic check reads: the report's text, its mentions, and the interval each printed figure stands for.</summary>
public sealed class CheckInput
{
    // Every mention by id; for a scenario's input (one with a template), only the replaced ones.
    private readonly Dictionary<int, Mention> byId;

    public CheckInput(ReportText report, IReadOnlyList<Mention> mentions, Func<Mention, Interval> intervalOf,
        IReadOnlySet<int>? realGrowth = null, IReadOnlySet<int>? notExhaustive = null)
    {
        RealGrowth = realGrowth ?? new HashSet<int>();
        NotExhaustive = notExhaustive ?? new HashSet<int>();
        Report = report;
        Mentions = mentions;
        IntervalOf = intervalOf;
        byId = mentions.ToDictionary(m => m.Id);
        Figures = mentions.Where(HasValue).ToList();
        rates = Figures.Where(m => m.LinkedTo is not null).ToLookup(m => m.LinkedTo!.Value);
    }

    /// <summary>
    /// The input for other readings of some figures of <paramref name="template"/>'s report (a diagnosis scenario): the
    /// template's mentions with <paramref name="changed"/> in place of those of the same ids. What depends only on the text
    /// and the figures' positions, read once from the template (the words before a position, a figure's depth in
    /// parentheses, which figures state levels), is not read again. The template must no longer be run by checks.
    /// </summary>
    public CheckInput(CheckInput template, IReadOnlyDictionary<int, Mention> changed, IReadOnlySet<int>? realGrowth, IReadOnlySet<int>? notExhaustive)
    {
        RealGrowth = realGrowth ?? new HashSet<int>();
        NotExhaustive = notExhaustive ?? new HashSet<int>();
        Report = template.Report;
        IntervalOf = template.IntervalOf;
        this.template = template;
        byId = [];
        foreach (var (id, mention) in changed)
            if (template.byId.ContainsKey(id)) byId[id] = mention;
        if (byId.Count == 0)
        {
            Mentions = template.Mentions;
            Figures = template.Figures;
            rates = template.rates;
            sameShape = true;
            return;
        }
        Mentions = WithReplaced(template.Mentions, template.IndexOfMentions);
        // A reading changes a figure's numeral, unit or qualifier; a figure that stays a figure linked to the same level
        // keeps its place among the figures and the rates, so the template's lists serve with it replaced.
        sameShape = byId.Values.All(m => template.byId[m.Id] is var printed && HasValue(m) == HasValue(printed) && m.LinkedTo == printed.LinkedTo);
        if (sameShape)
        {
            Figures = WithReplaced(template.Figures, template.IndexOfFigures);
            rates = template.rates;
        }
        else
        {
            Figures = Mentions.Where(HasValue).ToList();
            rates = Figures.Where(m => m.LinkedTo is not null).ToLookup(m => m.LinkedTo!.Value);
        }
    }

    private static bool HasValue(Mention m) => m.IsFigure && m.Value is not null;

    private readonly CheckInput? template;

    // For a scenario's input: whether every replaced mention is a figure exactly where its original is one, linked to the
    // same level (the rates are then the template's, replaced on reading).
    private readonly bool sameShape;

    private Dictionary<int, int>? indexOfMentions;
    private Dictionary<int, int>? indexOfFigures;

    // Where each mention and each figure stands in the lists, by id: read once on the template for all its scenarios.
    private Dictionary<int, int> IndexOfMentions => indexOfMentions ??= IndexById(Mentions);

    private Dictionary<int, int> IndexOfFigures => indexOfFigures ??= IndexById(Figures);

    private static Dictionary<int, int> IndexById(IReadOnlyList<Mention> list) => Enumerable.Range(0, list.Count).ToDictionary(i => list[i].Id);

    // A list of the template's (indexed by id) as this scenario reads it: the same list when it holds none of the replaced.
    private IReadOnlyList<Mention> WithReplaced(IReadOnlyList<Mention> printed, Dictionary<int, int> index)
    {
        var replaced = byId.Values.Where(m => index.ContainsKey(m.Id)).Select(m => (index[m.Id], m)).ToList();
        return replaced.Count == 0 ? printed : new ReplacedList<Mention>(printed, replaced);
    }

    private readonly ILookup<int, Mention> rates;

    public ReportText Report { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The mentions that are figures with a value, in text order.</summary>
    public IReadOnlyList<Mention> Figures { get; }

    /// <summary>The interval a printed figure stands for: its rounding widened by its qualifier.</summary>
    public Func<Mention, Interval> IntervalOf { get; }

    /// <summary>Growth rates assumed to be at comparable prices, whatever the text says (a diagnosis hypothesis).</summary>
    public IReadOnlySet<int> RealGrowth { get; }

    /// <summary>Totals whose lists under 其中 are assumed not exhaustive (a diagnosis hypothesis).</summary>
    public IReadOnlySet<int> NotExhaustive { get; }

    /// <summary>The breakdowns under 其中 for these partitions, found once per input since several checks read them.</summary>
    public IReadOnlyList<Breakdown> Breakdowns(IReadOnlyList<Partition> partitions)
    {
        if (breakdowns is { } cached && ReferenceEquals(cached.Partitions, partitions)) return cached.Found;
        // Which levels make a breakdown depends on their places, units, dimensions and subjects alone: a scenario that keeps
        // them has the template's breakdowns, each with its figures replaced and its partition decided again.
        var found = template?.breakdowns is { } printed && ReferenceEquals(printed.Partitions, partitions) && KeepsLevels
            ? Breakdown.Replaced(this, printed.Found, partitions)
            : Breakdown.FindAll(this, partitions);
        breakdowns = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<Breakdown> Found)? breakdowns;

    /// <summary>The breakdowns by one whole dimension (分产业看…), found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<(Mention Total, IReadOnlyList<Mention> Parts, string Head)> ViewBreakdowns(IReadOnlyList<Partition> partitions)
    {
        if (viewBreakdowns is { } cached && ReferenceEquals(cached.Partitions, partitions)) return cached.Found;
        // Found from the top levels' places, units, dimensions and subjects alone, as the breakdowns under 其中.
        var found = template?.viewBreakdowns is { } printed && ReferenceEquals(printed.Partitions, partitions) && KeepsLevels
            ? printed.Found.Select(v => (Replaced(v.Item1), (IReadOnlyList<Mention>)Replaced(v.Item2), v.Item3)).ToList()
            : ViewBreakdownCheck.Find(this, partitions).ToList();
        viewBreakdowns = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<(Mention, IReadOnlyList<Mention>, string)> Found)? viewBreakdowns;

    /// <summary>Known partitions stated apart from 其中, found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<(Mention Whole, IReadOnlyList<Mention> Parts, Partition Partition, bool IsExhaustive)> StatedPartitions(IReadOnlyList<Partition> partitions)
    {
        if (statedPartitions is { } cached && ReferenceEquals(cached.Partitions, partitions)) return cached.Found;
        // Found from the top levels' places, units, dimensions, subjects, qualifiers, bases and periods, and from the
        // breakdowns, whose partitions a scenario may drop: one that keeps all these has the template's, replaced.
        var found = template?.statedPartitions is { } printed && ReferenceEquals(printed.Partitions, partitions) && KeepsLevels
            && NotExhaustive.SetEquals(template.NotExhaustive)
            && byId.Values.All(m => template.byId[m.Id] is var o && m.Qualifier == o.Qualifier && m.Basis == o.Basis && m.Period == o.Period)
            ? printed.Found.Select(p => (Replaced(p.Item1), (IReadOnlyList<Mention>)Replaced(p.Item2), p.Item3, p.Item4)).ToList()
            : StatedPartitionCheck.Find(this, partitions).ToList();
        statedPartitions = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<(Mention, IReadOnlyList<Mention>, Partition, bool)> Found)? statedPartitions;

    private IReadOnlyList<ListedParts>? listedParts;

    /// <summary>The lists of parts stated without 其中 (包括…, 一是…二是…, 主要支出…), found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<ListedParts> ListedParts => listedParts ??=
        template is not null && KeepsLevels
            ? template.ListedParts.Select(l => l with { Total = Replaced(l.Total), Parts = Replaced(l.Parts) }).ToList()
            : ListedPartsCheck.Find(this);

    // A figure of the template as this scenario reads it.
    private Mention Replaced(Mention printed) => byId.GetValueOrDefault(printed.Id, printed);

    private List<Mention> Replaced(IReadOnlyList<Mention> printed) => printed.Select(Replaced).ToList();

    private IReadOnlyList<Mention>? statedLevels;
    private IReadOnlyDictionary<int, int>? depths;

    /// <summary>
    /// The levels as stated (<see cref="Breakdown.IsLevel"/>, and neither a change nor a figure of an earlier period), in
    /// text order: read once per input, since most checks start from them.
    /// </summary>
    public IReadOnlyList<Mention> StatedLevels => statedLevels ??= FindStatedLevels();

    private IReadOnlyList<Mention> FindStatedLevels()
    {
        // Whether a level is stated (not a change, not an earlier period) depends on the words before it alone: a scenario
        // that keeps its levels (KeepsLevels) has the template's, replaced.
        if (KeepsLevels && template is not null) return WithReplaced(template.StatedLevels, template.IndexOfStatedLevels);
        return Figures.Where(m => Breakdown.IsLevel(m) && Breakdown.IsStatedLevel(this, m)).ToList();
    }

    /// <summary>
    /// Whether this is a scenario's input whose replaced figures keep their originals' shape as levels: a figure with a value
    /// where they are, a level where they are, at the same place, of the same kind and role, with the same unit, dimension
    /// and subject. A reading that changes a numeral keeps it; one that changes a unit does not.
    /// </summary>
    private bool KeepsLevels => keepsLevels ??= template is not null && sameShape && byId.Values.All(m => template.byId[m.Id] is var printed
        && Breakdown.IsLevel(m) == Breakdown.IsLevel(printed) && m.Span == printed.Span && m.Sentence == printed.Sentence
        && m.Kind == printed.Kind && m.Role == printed.Role && m.Unit == printed.Unit && m.Dimension == printed.Dimension
        && m.Subject == printed.Subject);

    private bool? keepsLevels;

    private Dictionary<int, int>? indexOfStatedLevels;

    private Dictionary<int, int> IndexOfStatedLevels => indexOfStatedLevels ??= IndexById(StatedLevels);

    /// <summary>The stated levels outside parentheses (a part's own breakdown or an inclusion stands inside them).</summary>
    public IEnumerable<Mention> TopStatedLevels => StatedLevels.Where(m => DepthOf(m) == 0);

    /// <summary>How deep in parentheses a figure lies within its sentence; every figure's depth is found in one pass.</summary>
    public int DepthOf(Mention figure) =>
        template?.depths is { } known && known.TryGetValue(figure.Span.Start, out var depth) ? depth
        : (depths ??= ClauseText.Depths(Report.Content, Figures.Select(f => f.Span.Start)))[figure.Span.Start];

    private BreakdownMarkers? breakdownMarkers;

    /// <summary>Where the text opens lists under 其中, and its table rows: read once for a report and all its scenarios.</summary>
    internal BreakdownMarkers BreakdownMarkers => template?.BreakdownMarkers ?? (breakdownMarkers ??= new BreakdownMarkers(Report.Content));

    // Made on first use: a scenario's input finds nearly every position in its template's.
    private Dictionary<int, string>? wordsBefore;

    /// <summary>
    /// The words of the clause before <paramref name="at"/> (<see cref="ClauseText.Before"/>), read once per position: several
    /// checks ask for the words before the same figure.
    /// </summary>
    public string WordsBefore(int at)
    {
        if (template?.wordsBefore is { } known && known.TryGetValue(at, out var printed)) return printed;
        wordsBefore ??= [];
        if (!wordsBefore.TryGetValue(at, out var words)) wordsBefore[at] = words = ClauseText.Before(Report.Content, at);
        return words;
    }

    public Mention? ById(int? id) => id is not { } i ? null
        : byId.TryGetValue(i, out var m) ? m
        : template?.ById(i);

    /// <summary>The rates (growth, share) linked to a level.</summary>
    public IEnumerable<Mention> RatesOf(Mention level, Role role)
    {
        // A scenario of the same shape reads the template's rates with its replaced figures in their places.
        var linked = template is not null && byId.Count > 0 ? rates[level.Id].Select(m => byId.GetValueOrDefault(m.Id, m)) : rates[level.Id];
        return linked.Where(m => m.Role == role);
    }

    /// <summary>A level's growth rate in percent (增长 r%), if the report links one to it.</summary>
    public Mention? GrowthOf(Mention level) => RatesOf(level, Role.Growth).FirstOrDefault(g => g.Kind == MentionKind.Percent);
}
