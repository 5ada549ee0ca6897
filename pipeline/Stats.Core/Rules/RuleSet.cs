using System.Globalization;
using System.Text.RegularExpressions;
using Stats.Core.DataFiles;
using Stats.Core.Findings;
using Stats.Core.References;
using Stats.Core.Rules.Expressions;
using Stats.Core.Units;

namespace Stats.Core.Rules;

/// <summary>
/// A rules file: optional <c>define:</c> (named derived values) and <c>rules:</c>, each expression parsed once and every
/// name checked against the figure catalogue, the references and the units at load time.
/// </summary>
public sealed partial class RuleSet
{
    private RuleSet(string path, IReadOnlyList<Definition> definitions, IReadOnlyList<Rule> rules)
    {
        Path = path;
        Definitions = definitions;
        Rules = rules;
    }

    public string Path { get; }

    public IReadOnlyList<Definition> Definitions { get; }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// Reads a rules file. Syntax errors, unknown figure, reference, definition or unit names, duplicate ids and circular
    /// definitions are <see cref="DataFileException"/>s at their line and column.
    /// </summary>
    public static RuleSet Parse(string yaml, string path, IEnumerable<string> figureIds, ReferenceSet references, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(figureIds);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(units);
        var root = YamlRecord.Load(yaml, path);
        root.AllowOnly("define", "rules");
        var figures = new HashSet<string>(figureIds, StringComparer.Ordinal);

        var definitions = new List<(Definition Definition, SourcePosition At)>();
        foreach (var item in root.Records("define"))
        {
            item.AllowOnly("id", "expression", "description");
            var idNode = item.Scalar("id");
            var id = item.Text("id");
            if (!IdPattern().IsMatch(id) || id.StartsWith(Name.ReferencePrefix, StringComparison.Ordinal))
                throw item.Error(idNode, $"'{id}' is not a definition id (dotted words of letters, digits and _, not starting with ref.).");
            if (figures.Contains(id)) throw item.Error(idNode, $"'{id}' is already a figure id.");
            if (definitions.Any(d => d.Definition.Id == id)) throw item.Error(idNode, $"The definition '{id}' is defined twice.");
            var (expression, text) = Read(item, yaml, path, ExpressionParser.ParseValue);
            definitions.Add((new Definition(id, expression, text, Location(path, item)), new SourcePosition((int)idNode.Start.Line, (int)idNode.Start.Column)));
        }
        var defined = definitions.ToDictionary(d => d.Definition.Id, d => d.Definition.Expression, StringComparer.Ordinal);
        foreach (var (definition, _) in definitions) Check(definition.Expression, path, figures, defined, references, units);
        RejectCycles(definitions, path);

        var rules = new List<Rule>();
        foreach (var item in root.Records("rules", required: true))
        {
            item.AllowOnly("id", "label", "description", "severity", "expression", "kind");
            var idNode = item.Scalar("id");
            var id = item.Text("id");
            if (rules.Any(r => r.Id == id)) throw item.Error(idNode, $"The rule '{id}' is defined twice.");
            var severityNode = item.Scalar("severity");
            var severity = severityNode.Value switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                var other => throw item.Error(severityNode, $"'{other}' is not a severity (error, warning or info)."),
            };
            var (expression, text) = Read(item, yaml, path, ExpressionParser.ParseRule);
            Check(expression, path, figures, defined, references, units);
            rules.Add(new Rule(id, item.OptionalText("label") ?? "", item.OptionalText("description") ?? "", severity,
                item.OptionalText("kind") ?? CheckKind.Rule.Name, expression, text, Location(path, item)));
        }
        return new RuleSet(path, definitions.Select(d => d.Definition).ToList(), rules);
    }

    private static (Expression, string) Read(YamlRecord item, string yaml, string path, Func<LocatedText, Expression> parse)
    {
        var scalar = item.Scalar("expression");
        var text = item.Text("expression");
        return (parse(LocatedText.FromScalar(scalar, yaml, path)), text.Trim());
    }

    private static string Location(string path, YamlRecord item) => path + ":" + ((int)item.Start.Line).ToString(CultureInfo.InvariantCulture);

    private static void Check(Expression expression, string path, HashSet<string> figures, IReadOnlyDictionary<string, Expression> defined, ReferenceSet references, UnitCatalog units)
    {
        foreach (var node in Nodes(expression))
        {
            switch (node)
            {
                case Name n when n.IsReference && references.Find(n.ReferenceId) is null:
                    throw Error(path, n.Position, $"Unknown reference '{n.Id}'.");
                case Name n when n.IsReference:
                    if (units.Find(references.Find(n.ReferenceId)!.Unit) is null) throw Error(path, n.Position, $"The unit of reference '{n.Id}' is not in the unit catalogue.");
                    break;
                case Name n when !figures.Contains(n.Id) && !defined.ContainsKey(n.Id):
                    throw Error(path, n.Position, $"Unknown figure '{n.Id}': it is neither in the figure catalogue nor defined.");
                case NumberLiteral { Unit: var unit } l when units.Find(unit) is null:
                    throw Error(path, l.Position, $"Unknown unit '{unit}'.");
                case UnitLiteral u when units.Find(u.Unit) is null:
                    throw Error(path, u.Position, $"Unknown unit '{u.Unit}'.");
                case Call { Function: "printed" } c when c.Arguments[0] is Name n && !figures.Contains(n.Id):
                    throw Error(path, n.Position, $"printed takes a figure of the catalogue, not '{n.Id}'.");
            }
        }
    }

    /// <summary>Every node of an expression, depth first.</summary>
    internal static IEnumerable<Expression> Nodes(Expression expression)
    {
        yield return expression;
        IEnumerable<Expression> children = expression switch
        {
            Negation n => [n.Operand],
            Arithmetic a => [a.Left, a.Right],
            Call c => c.Arguments,
            Comparison c => [c.Left, c.Right],
            Membership m => m.High is null ? [m.Value, m.Low] : [m.Value, m.Low, m.High],
            _ => [],
        };
        foreach (var child in children)
            foreach (var node in Nodes(child))
                yield return node;
    }

    private static void RejectCycles(List<(Definition Definition, SourcePosition At)> definitions, string path)
    {
        var byId = definitions.ToDictionary(d => d.Definition.Id, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (definition, _) in definitions) Visit(definition.Id, []);

        void Visit(string id, List<string> trail)
        {
            if (done.Contains(id)) return;
            var start = trail.IndexOf(id);
            if (start >= 0)
            {
                var cycle = trail.Skip(start).Append(id).ToList();
                throw Error(path, byId[cycle[0]].At, $"Circular definition: {string.Join(" -> ", cycle)}.");
            }
            trail.Add(id);
            foreach (var name in Nodes(byId[id].Definition.Expression).OfType<Name>().Where(n => byId.ContainsKey(n.Id)))
                Visit(name.Id, trail);
            trail.RemoveAt(trail.Count - 1);
            done.Add(id);
        }
    }

    private static DataFileException Error(string path, SourcePosition at, string reason) => new(path, at.Line, at.Column, reason);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")]
    private static partial Regex IdPattern();
}
