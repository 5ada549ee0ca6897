using Stats.Core.Extraction;
using Stats.Core.Findings;
using Stats.Core.Intervals;
using Stats.Core.Statements;
using Stats.Core.Text;

namespace Stats.Core.Checks.Generic;

/// <summary>What a generic check reads: the report's text, its mentions, and the interval each printed figure stands for.</summary>
public sealed class CheckInput
{
    private readonly Dictionary<int, Mention> byId;

    public CheckInput(ReportText report, IReadOnlyList<Mention> mentions, Func<Mention, Interval> intervalOf,
        IReadOnlySet<int>? realGrowth = null, IReadOnlySet<int>? notExhaustive = null)
        : this(report, mentions, intervalOf, realGrowth, notExhaustive, template: null)
    {
    }

    private CheckInput(ReportText report, IReadOnlyList<Mention> mentions, Func<Mention, Interval> intervalOf,
        IReadOnlySet<int>? realGrowth, IReadOnlySet<int>? notExhaustive, CheckInput? template)
    {
        RealGrowth = realGrowth ?? new HashSet<int>();
        NotExhaustive = notExhaustive ?? new HashSet<int>();
        Report = report;
        Mentions = mentions;
        IntervalOf = intervalOf;
        this.template = template;
        var replaced = template is null ? null : Replaced(template.Mentions, mentions);
        onlyReplaced = replaced is not null;
        byId = replaced ?? mentions.ToDictionary(m => m.Id);
        Figures = mentions.Where(m => m.IsFigure && m.Value is not null).ToList();
        rates = Figures.Where(m => m.LinkedTo is not null).ToLookup(m => m.LinkedTo!.Value);
    }

    /// <summary>
    /// The input for other readings of the figures of <paramref name="template"/>'s report (a diagnosis scenario): what
    /// depends only on the text and the figures' positions, read once from the template (the words before a position, a
    /// figure's depth in parentheses), is not read again. The template must no longer be run by checks.
    /// </summary>
    public CheckInput(CheckInput template, IReadOnlyList<Mention> mentions, IReadOnlySet<int>? realGrowth, IReadOnlySet<int>? notExhaustive)
        : this(template.Report, mentions, template.IntervalOf, realGrowth, notExhaustive, template)
    {
    }

    private readonly CheckInput? template;

    // With a template whose mentions stand at the same places with the same ids, byId holds only the replaced ones.
    private readonly bool onlyReplaced;

    private static Dictionary<int, Mention>? Replaced(IReadOnlyList<Mention> printed, IReadOnlyList<Mention> mentions)
    {
        if (printed.Count != mentions.Count) return null;
        var replaced = new Dictionary<int, Mention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (ReferenceEquals(printed[i], mentions[i])) continue;
            if (printed[i].Id != mentions[i].Id) return null;
            replaced[mentions[i].Id] = mentions[i];
        }
        return replaced;
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
        var found = Breakdown.FindAll(this, partitions);
        breakdowns = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<Breakdown> Found)? breakdowns;

    /// <summary>The breakdowns by one whole dimension (分产业看…), found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<(Mention Total, IReadOnlyList<Mention> Parts, string Head)> ViewBreakdowns(IReadOnlyList<Partition> partitions)
    {
        if (viewBreakdowns is { } cached && ReferenceEquals(cached.Partitions, partitions)) return cached.Found;
        var found = ViewBreakdownCheck.Find(this, partitions).ToList();
        viewBreakdowns = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<(Mention, IReadOnlyList<Mention>, string)> Found)? viewBreakdowns;

    /// <summary>Known partitions stated apart from 其中, found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<(Mention Whole, IReadOnlyList<Mention> Parts, Partition Partition, bool IsExhaustive)> StatedPartitions(IReadOnlyList<Partition> partitions)
    {
        if (statedPartitions is { } cached && ReferenceEquals(cached.Partitions, partitions)) return cached.Found;
        var found = StatedPartitionCheck.Find(this, partitions).ToList();
        statedPartitions = (partitions, found);
        return found;
    }

    private (IReadOnlyList<Partition> Partitions, IReadOnlyList<(Mention, IReadOnlyList<Mention>, Partition, bool)> Found)? statedPartitions;

    private IReadOnlyList<ListedParts>? listedParts;

    /// <summary>The lists of parts stated without 其中 (包括…, 一是…二是…, 主要支出…), found once per input: the parts and growth checks read them.</summary>
    public IReadOnlyList<ListedParts> ListedParts => listedParts ??= ListedPartsCheck.Find(this);

    private IReadOnlyList<Mention>? statedLevels;
    private IReadOnlyDictionary<int, int>? depths;

    /// <summary>
    /// The levels as stated (<see cref="Breakdown.IsLevel"/>, and neither a change nor a figure of an earlier period), in
    /// text order: read once per input, since most checks start from them.
    /// </summary>
    public IReadOnlyList<Mention> StatedLevels =>
        statedLevels ??= Figures.Where(m => Breakdown.IsLevel(m) && Breakdown.IsStatedLevel(this, m)).ToList();

    /// <summary>The stated levels outside parentheses (a part's own breakdown or an inclusion stands inside them).</summary>
    public IEnumerable<Mention> TopStatedLevels => StatedLevels.Where(m => DepthOf(m) == 0);

    /// <summary>How deep in parentheses a figure lies within its sentence; every figure's depth is found in one pass.</summary>
    public int DepthOf(Mention figure) =>
        template?.depths is { } known && known.TryGetValue(figure.Span.Start, out var depth) ? depth
        : (depths ??= ClauseText.Depths(Report.Content, Figures.Select(f => f.Span.Start)))[figure.Span.Start];

    private readonly Dictionary<int, string> wordsBefore = [];

    /// <summary>
    /// The words of the clause before <paramref name="at"/> (<see cref="ClauseText.Before"/>), read once per position: several
    /// checks ask for the words before the same figure.
    /// </summary>
    public string WordsBefore(int at)
    {
        if (template is not null && template.wordsBefore.TryGetValue(at, out var known)) return known;
        if (!wordsBefore.TryGetValue(at, out var words)) wordsBefore[at] = words = ClauseText.Before(Report.Content, at);
        return words;
    }

    public Mention? ById(int? id) => id is not { } i ? null
        : byId.TryGetValue(i, out var m) ? m
        : onlyReplaced ? template!.ById(i) : null;

    /// <summary>The rates (growth, share) linked to a level.</summary>
    public IEnumerable<Mention> RatesOf(Mention level, Role role) => rates[level.Id].Where(m => m.Role == role);

    /// <summary>A level's growth rate in percent (增长 r%), if the report links one to it.</summary>
    public Mention? GrowthOf(Mention level) => RatesOf(level, Role.Growth).FirstOrDefault(g => g.Kind == MentionKind.Percent);
}
