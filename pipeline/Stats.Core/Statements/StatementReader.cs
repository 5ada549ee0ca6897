using Stats.Core.Checks.Generic;
using Stats.Core.Extraction;

namespace Stats.Core.Statements;

/// <summary>Reads the statements of a report's figures: their indicators, roles and links, from the words around them and the lists under 其中.</summary>
public static class StatementReader
{
    public static IReadOnlyList<Statement> Read(CheckInput input, IReadOnlyList<Partition> partitions, IndicatorVocabulary indicators)
    {
        var text = input.Report.Content;
        var partOf = new Dictionary<int, int>();
        foreach (var b in input.Breakdowns(partitions))
            foreach (var part in b.Parts)
                partOf.TryAdd(part.Id, b.Total.Id);
        return input.Mentions.Where(m => m.IsFigure).Select(m =>
        {
            var before = ClauseText.Before(text, m.Span.Start);
            var role = m.Role switch
            {
                Role.Growth => StatementRole.Growth,
                Role.Share => StatementRole.Share,
                Role.Rate => StatementRole.Rate,
                _ when StatementWords.IsPreviousPeriod(before) => StatementRole.Previous,
                _ when StatementWords.IsChange(before) => StatementRole.Change,
                _ => StatementRole.Level,
            };
            return new Statement(m, indicators.Find(m.Subject), role, m.LinkedTo, partOf.TryGetValue(m.Id, out var total) ? total : null);
        }).ToList();
    }
}
