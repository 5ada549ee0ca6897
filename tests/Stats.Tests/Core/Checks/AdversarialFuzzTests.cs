using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Stats.Core.Checks;
using Stats.Core.DataFiles;
using Stats.Core.Extraction;
using Stats.Core.Figures;
using Stats.Core.Findings;
using Stats.Core.Rules.Expressions;
using Stats.Core.Tables;
using Stats.Core.Text;
using Stats.Pipeline.Tables;

namespace Stats.Tests.Core.Checks;

/// <summary>
/// Issue 16's fuzz additions: rule expressions nested at random depths, long sentences, tiny and huge decimals and alias-heavy
/// YAML, generated with FsCheck. Each input is either handled or refused with a located one-line error; nothing else
/// escapes, and no input recurses without a bound or grows the work with the square of its size.
/// </summary>
public sealed class AdversarialFuzzTests
{
    private static readonly SourcePosition Start = new(1, 1);

    /// <summary>Wrappers a rule expression can be nested in: parentheses, a function, a unary minus.</summary>
    private static readonly (string Open, string Close)[] Wrappers = [("(", ")"), ("abs(", ")"), ("-", ""), ("min(1, ", ")")];

    private static readonly Gen<string> NestedExpression =
        from depth in Gen.Frequency((3, Gen.Choose(1, ExpressionParser.MaxDepth + 20)), (1, Gen.Choose(1, 60_000)))
        from wrapper in Gen.Elements(Wrappers)
        select string.Concat(Enumerable.Repeat(wrapper.Open, depth)) + "1" + string.Concat(Enumerable.Repeat(wrapper.Close, depth));

    [Test]
    public void Rule_expressions_nested_at_any_depth_are_parsed_or_refused_at_their_place()
    {
        var property = Prop.ForAll(NestedExpression.ToArbitrary(), text =>
        {
            try
            {
                ExpressionParser.ParseValue(LocatedText.OnOneLine(text, "rules.yaml", Start));
                return true;
            }
            catch (DataFileException e)
            {
                return e.Message.StartsWith("rules.yaml:1:", StringComparison.Ordinal) && !e.Message.Contains('\n');
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(300), property);
    }

    /// <summary>A sentence with a total and n parts under 其中, each with a growth rate: n up to 3,000.</summary>
    private static readonly Gen<string> LongSentence =
        from n in Gen.Frequency((4, Gen.Choose(1, 200)), (1, Gen.Choose(200, 3_000)))
        from amounts in Gen.Choose(1, 99_999).ArrayOf(n)
        select "全年完成一般公共预算收入" + amounts.Sum().ToString(CultureInfo.InvariantCulture) + "万元，其中" +
            string.Join("，", amounts.Select((a, i) => $"项目{i}收入{a.ToString(CultureInfo.InvariantCulture)}万元，增长{i % 10}.{i % 7}%")) + "。";

    [Test]
    public void Long_sentences_with_thousands_of_parts_are_extracted_and_checked_without_an_error()
    {
        var property = Prop.ForAll(LongSentence.ToArbitrary(), text =>
        {
            var report = new ReportText("long", text);
            var mentions = new Extractor().Extract(report);
            var findings = new Checker(report, mentions, CheckedText.GenericChecks).Check();
            return mentions.All(m => m.Text == text[m.Span.Start..m.Span.End]) && findings.All(f => f.Status != CheckStatus.Error);
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(40), property);
    }

    /// <summary>Decimals from 10^-20 to 10^20 with up to 20 decimal places, printed in plain notation in a report.</summary>
    private static readonly Gen<decimal> AnyDecimal =
        from digits in Gen.Choose(1, 999_999_999)
        from scale in Gen.Choose(0, 20)
        from shift in Gen.Choose(0, 11)
        select new decimal(digits, 0, 0, false, (byte)scale) * Pow10(shift);

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10m;
        return result;
    }

    [Test]
    public void Tiny_and_huge_decimals_are_read_as_printed_and_round_trip_through_mentions_csv()
    {
        var property = Prop.ForAll(AnyDecimal.ToArbitrary(), value =>
        {
            var printed = DecimalText.Format(value);
            var text = $"全镇耕地面积{printed}亩。";
            var report = new ReportText("decimals", text);
            var mentions = new Extractor().Extract(report);
            var area = mentions.SingleOrDefault(m => m.Unit == "亩");
            if (area is null || area.Value != value) return false;
            var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"decimals-{Environment.CurrentManagedThreadId}.csv");
            File.WriteAllBytes(path, CsvFile.ToBytes(MentionTable.ToDataFrame(mentions, report)));
            var back = MentionTable.FromDataFrame(CsvFile.Load(path, MentionTable.Schema)).Single(m => m.Id == area.Id);
            return back.Value == value && back.Number == area.Number;
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(500), property);
    }

    /// <summary>A figures.yaml whose anchors alias the ones before them, in keys or values, up to 40 levels of 1 to 12 aliases.</summary>
    private static readonly Gen<string> AliasHeavyYaml =
        from levels in Gen.Choose(1, 40)
        from width in Gen.Choose(1, 12)
        from asKey in Gen.Elements(false, true)
        select AliasYaml(levels, width, asKey);

    private static string AliasYaml(int levels, int width, bool asKey)
    {
        var yaml = new StringBuilder("a0: &a0 [\"x\"]\n");
        for (var i = 1; i < levels; i++)
            yaml.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", width))}]\n");
        yaml.Append(asKey ? $"? *a{levels - 1}\n: x\n" : $"figures: *a{levels - 1}\n");
        return yaml.ToString();
    }

    [Test]
    public void Alias_heavy_figures_yaml_is_read_or_refused_at_its_place()
    {
        var property = Prop.ForAll(AliasHeavyYaml.ToArbitrary(), yaml =>
        {
            try
            {
                FigureCatalog.Parse(yaml, "figures.yaml");
                return true;
            }
            catch (DataFileException e)
            {
                return e.Message.StartsWith("figures.yaml:", StringComparison.Ordinal) && !e.Message.Contains('\n');
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(200), property);
    }
}
