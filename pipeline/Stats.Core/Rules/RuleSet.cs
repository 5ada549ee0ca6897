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
        var depthOf = RejectCycles(definitions, path);

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
            if (depthOf(expression) > ExpressionParser.MaxDepth)
                throw Error(path, expression.Position, Deeper($"The rule '{id}'"));
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
        foreach (var child in ExpressionParser.Children(expression))
            foreach (var node in Nodes(child))
                yield return node;
    }

    // Refuses circular definitions and definitions whose expansion nests deeper than the parser allows; returns the depth
    // of evaluation of any expression (a definition's name costs its whole expansion), so rules can be bounded too.
    private static Func<Expression, int> RejectCycles(List<(Definition Definition, SourcePosition At)> definitions, string path)
    {
        var byId = definitions.ToDictionary(d => d.Definition.Id, StringComparer.Ordinal);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var trail = new List<string>();
        foreach (var (definition, _) in definitions) Visit(definition.Id, 1);
        return expression => Depth(expression, 1, null);

        // level counts the frames above, so the walk stops at the bound however long a chain of definitions is.
        int Visit(string id, int level)
        {
            if (depths.TryGetValue(id, out var known)) return known;
            var start = trail.IndexOf(id);
            if (start >= 0)
            {
                var cycle = trail.Skip(start).Append(id).ToList();
                throw Error(path, byId[cycle[0]].At, $"Circular definition: {string.Join(" -> ", cycle)}.");
            }
            trail.Add(id);
            var depth = Depth(byId[id].Definition.Expression, level, id);
            trail.RemoveAt(trail.Count - 1);
            if (depth > ExpressionParser.MaxDepth) throw TooDeep(id);
            depths[id] = depth;
            return depth;
        }

        int Depth(Expression expression, int level, string? within)
        {
            if (level > ExpressionParser.MaxDepth)
                throw within is null ? Error(path, expression.Position, Deeper("The rule")) : TooDeep(trail[0]);
            return expression is Name n && byId.ContainsKey(n.Id)
                ? 1 + Visit(n.Id, level + 1)
                : 1 + ExpressionParser.Children(expression).Select(c => Depth(c, level + 1, within)).DefaultIfEmpty(0).Max();
        }

        DataFileException TooDeep(string id) => Error(path, byId[id].At, Deeper($"The definition '{id}'"));
    }

    private static string Deeper(string subject) =>
        $"{subject} nests deeper than {ExpressionParser.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels once its definitions are expanded.";

    private static DataFileException Error(string path, SourcePosition at, string reason) => new(path, at.Line, at.Column, reason);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")]
    private static partial Regex IdPattern();
}
