using Stats.Core.Text;

namespace Stats.Core.Extraction;

/// <summary>The report grammar: finds figures and the number-bearing texts that are not figures.</summary>
/// <remarks>
/// Two passes claim text first-come: <see cref="NonFigureGrammar"/> (identifiers, names, dates, years, ordinals, idioms)
/// and then <see cref="FigureGrammar"/>. Units printed once for many numbers then reach the bare numbers they govern:
/// <see cref="TableUnits"/> (a table's 单位 line or column headers), <see cref="ListUnits"/> (the last item of a list or
/// range), <see cref="ContextUnits"/> (the words before: 收入120万, 常住人口35210); what is still bare and reads as a year or
/// page number becomes one (<see cref="StrayNumbers"/>). Context (sentence, section, period, basis, subject, role, link) is
/// attached afterwards in one walk over the sorted mentions.
/// <para>
/// Period: a year printed earlier in the same sentence (力争2023年…3.5万亩以上 → 2023), else the year of the section
/// heading (2022年工作回顾 → 2022), else null. Basis: see <see cref="FigureBasis"/>. Subject: see <see cref="SubjectPhrase"/>.
/// Role: see <see cref="RateWords"/>; growth rates and shares link to the last level figure of their sentence.
/// </para>
/// </remarks>
public sealed class Extractor
{
    /// <summary>How much of the text after a figure may serve as its subject when nothing before it does (70余户农牧家乐).</summary>
    private const int AfterSubjectLength = 12;

    /// <summary>
    /// The mentions of a report. Invisible characters (zero-width joiners and spaces, soft hyphens) are read past, so a
    /// number they split stays whole; spans and texts still point into the report as it is.
    /// </summary>
    public IReadOnlyList<Mention> Extract(ReportText report)
    {
        if (report is null || report.Content.Length == 0) return [];
        var visible = InvisibleCharacters.Strip(report.Content);
        var mentions = Extract(visible.Text);
        if (visible.IsIdentity) return mentions;
        return mentions.Select(m =>
        {
            var span = visible.ToOriginal(m.Span);
            return m with { Span = span, Text = report.Content[span.Start..span.End], Sentence = visible.ToOriginal(m.Sentence) };
        }).ToList();
    }

    private static List<Mention> Extract(string text)
    {
        if (text.Length == 0) return [];
        var claims = new ClaimMap(text.Length);
        var found = new List<Candidate>();
        NonFigureGrammar.Find(text, claims, found);
        FigureGrammar.Find(text, claims, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Units stated once for many numbers, in order of how surely they apply: a table's header, a list's last item, the words before.
        TableUnits.Apply(text, found);
        ListUnits.Apply(text, found);
        ContextUnits.Apply(text, found);
        StrayNumbers.Apply(text, found);
        return Contextualise(text, found);
    }

    private static List<Mention> Contextualise(string text, List<Candidate> found)
    {
        var layout = new ReportLayout(text);
        var mentions = new List<Mention>(found.Count);
        var sentenceStartIndex = 0;
        int? sentenceYear = null;
        Basis? sentenceBasis = null;
        Mention? sentenceLevel = null;
        for (var index = 0; index < found.Count; index++)
        {
            var c = found[index];
            var foundSentence = layout.SentenceAt(c.Start);
            // A URL with '?' may run past its sentence's end; the sentence is widened so that it always holds the mention.
            var sentence = foundSentence.End >= c.End ? foundSentence : new TextSpan(foundSentence.Start, c.End);
            var section = layout.SectionAt(c.Start);
            if (index == 0 || mentions[^1].Sentence != sentence)
            {
                // Per-sentence state keeps the walk linear: a year seen earlier in the sentence dates what follows it.
                sentenceStartIndex = index;
                sentenceYear = null;
                sentenceBasis = null;
                sentenceLevel = null;
            }
            var ownYear = c.Kind is MentionKind.Year or MentionKind.Date ? YearIn(text, c.Start, c.End) : null;
            var mention = new Mention
            {
                Id = index + 1,
                Span = new TextSpan(c.Start, c.End),
                Text = text[c.Start..c.End],
                Kind = c.Kind,
                Value = c.Kind.IsFigure() ? c.Value : null,
                Number = c.Number,
                Unit = c.Unit,
                Multiplier = c.Multiplier,
                Dimension = c.Dimension,
                Qualifier = c.Qualifier,
                UnitInferred = c.UnitInferred,
                Decimals = c.Decimals,
                Sentence = sentence,
                Section = section.Path,
                Period = ownYear ?? sentenceYear ?? section.Year,
            };
            sentenceYear = ownYear ?? sentenceYear;
            if (c.Kind.IsFigure())
            {
                sentenceBasis ??= FigureBasis.Of(section.Purpose, text.AsSpan(sentence.Start, sentence.Length));
                var previous = index > sentenceStartIndex ? mentions[^1] : null;
                mention = WithFigureContext(text, mention, previous, sentenceLevel, sentenceBasis.Value, c.GrowthColumn ? Role.Growth : c.ShareColumn ? Role.Share : null);
                if (mention is { Kind: MentionKind.Amount or MentionKind.Quantity or MentionKind.Count, Role: Role.Level }) sentenceLevel = mention;
            }
            mentions.Add(mention);
        }
        return mentions;
    }

    /// <summary>
    /// Basis, role, link and subject. A growth rate or share links to the nearest preceding level (amount, quantity or
    /// count) in its sentence, skipping other rates; its subject is that level's.
    /// </summary>
    private static Mention WithFigureContext(string text, Mention mention, Mention? previous, Mention? sentenceLevel, Basis basis, Role? columnRole)
    {
        var start = mention.Span.Start;
        var sentence = mention.Sentence;
        var clauseStart = Clause.StartBefore(text, start, sentence.Start);

        var role = Role.Level;
        var sign = 1;
        if (mention.Kind is MentionKind.Percent or MentionKind.PerMille or MentionKind.PercentagePoints)
        {
            (role, sign) = columnRole is { } column ? (column, 1) : RateWords.Classify(text.AsSpan(clauseStart, start - clauseStart));
        }

        int? linkedTo = null;
        string subject;
        if (role is Role.Growth or Role.Share && sentenceLevel is not null)
        {
            linkedTo = sentenceLevel.Id;
            subject = sentenceLevel.Subject;
        }
        else
        {
            subject = SubjectOf(text, start, mention.Span.End, clauseStart, previous, sentence.End);
        }

        return mention with { Basis = basis, Role = role, Sign = sign, LinkedTo = linkedTo, Subject = subject };
    }

    /// <summary>
    /// The clause text between the previous mention in the clause (or the clause start) and the figure; when that is
    /// empty (217户6803.07万元, 2.54万头、1.11万头) the previous figure's subject; failing that, the words after the figure.
    /// </summary>
    private static string SubjectOf(string text, int start, int end, int clauseStart, Mention? previous, int sentenceEnd)
    {
        if (previous is not null && previous.Span.End <= clauseStart) previous = null;
        var from = previous is null ? clauseStart : Math.Max(clauseStart, previous.Span.End);
        var subject = SubjectPhrase.Between(text, from, start);
        if (subject.Length > 0) return subject;
        // A footnote marker between a label and its figure (第一产业[3] | 37.2): the label before it is the subject.
        if (previous is { Kind: MentionKind.Ordinal } && previous.Text.StartsWith('[') && previous.Span.Start > clauseStart &&
            SubjectPhrase.Between(text, clauseStart, previous.Span.Start) is { Length: > 0 } label)
            return label;
        if (previous is { IsFigure: true } && previous.Subject.Length > 0) return previous.Subject;

        var clauseEnd = Clause.EndAfter(text, end, sentenceEnd);
        var stop = end;
        while (stop < clauseEnd && !ArabicNumeral.IsDigit(text[stop])) stop++;
        return SubjectPhrase.Between(text, end, Math.Min(stop, end + AfterSubjectLength));
    }

    /// <summary>The last four-digit year 1900–2100 printed in text[start, end).</summary>
    private static int? YearIn(string text, int start, int end)
    {
        int? year = null;
        for (var i = start; i + 4 <= end; i++)
        {
            if (!IsDigitRun(text, i, 4) || (i > start && ArabicNumeral.IsDigit(text[i - 1])) || (i + 4 < end && ArabicNumeral.IsDigit(text[i + 4]))) continue;
            var value = 0;
            for (var k = i; k < i + 4; k++) value = value * 10 + (text[k] <= '9' ? text[k] - '0' : text[k] - '０');
            if (value is >= 1900 and <= 2100) year = value;
        }
        return year;
    }

    private static bool IsDigitRun(string text, int at, int length)
    {
        for (var i = at; i < at + length; i++)
        {
            if (!ArabicNumeral.IsDigit(text[i])) return false;
        }
        return true;
    }
}
