using System.Text.Json;
using System.Text.RegularExpressions;

namespace Stats.Tests.Reporting.Notebooks;

/// <summary>
/// The required parts of the nbformat 4.5 JSON schema, checked without Python (PyPI, hence the nbformat package, is out of
/// reach): one problem per line, none for a valid notebook.
/// </summary>
public static partial class NbformatValidator
{
    public static IReadOnlyList<string> Problems(byte[] notebook)
    {
        var problems = new List<string>();
        using var document = JsonDocument.Parse(notebook);
        var root = document.RootElement;
        if (!Has(root, "nbformat", JsonValueKind.Number) || root.GetProperty("nbformat").GetInt32() != 4) problems.Add("nbformat is not 4");
        if (!Has(root, "nbformat_minor", JsonValueKind.Number) || root.GetProperty("nbformat_minor").GetInt32() != 5) problems.Add("nbformat_minor is not 5");
        if (!Has(root, "metadata", JsonValueKind.Object)) problems.Add("no metadata object");
        else
        {
            var metadata = root.GetProperty("metadata");
            if (!Has(metadata, "kernelspec", JsonValueKind.Object)) problems.Add("no metadata.kernelspec");
            else
                foreach (var key in new[] { "name", "display_name" })
                    if (!Has(metadata.GetProperty("kernelspec"), key, JsonValueKind.String)) problems.Add($"metadata.kernelspec.{key} is not a string");
            if (!Has(metadata, "language_info", JsonValueKind.Object) || !Has(metadata.GetProperty("language_info"), "name", JsonValueKind.String))
                problems.Add("no metadata.language_info.name");
        }
        if (!Has(root, "cells", JsonValueKind.Array)) return [.. problems, "no cells array"];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            var at = $"cell {index++}";
            if (!Has(cell, "id", JsonValueKind.String) || !CellId().IsMatch(cell.GetProperty("id").GetString()!)) problems.Add($"{at}: id missing or not ^[a-zA-Z0-9-_]+$ of 1-64 characters");
            else if (!ids.Add(cell.GetProperty("id").GetString()!)) problems.Add($"{at}: id {cell.GetProperty("id").GetString()} is not unique");
            if (!Has(cell, "metadata", JsonValueKind.Object)) problems.Add($"{at}: no metadata");
            if (!cell.TryGetProperty("source", out var source) || !IsMultilineString(source)) problems.Add($"{at}: source is neither a string nor a list of strings");
            var type = cell.TryGetProperty("cell_type", out var t) ? t.GetString() : null;
            switch (type)
            {
                case "code":
                    if (!Has(cell, "outputs", JsonValueKind.Array)) problems.Add($"{at}: code cell without outputs");
                    else problems.AddRange(cell.GetProperty("outputs").EnumerateArray().SelectMany(o => OutputProblems(o, at)));
                    if (!cell.TryGetProperty("execution_count", out var count) || count.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
                        problems.Add($"{at}: code cell without execution_count");
                    break;
                case "markdown" or "raw":
                    if (cell.TryGetProperty("outputs", out _)) problems.Add($"{at}: a {type} cell has outputs");
                    break;
                default:
                    problems.Add($"{at}: cell_type '{type}' is not markdown, code or raw");
                    break;
            }
        }
        return problems;
    }

    private static IEnumerable<string> OutputProblems(JsonElement output, string at)
    {
        var type = output.TryGetProperty("output_type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "display_data" or "execute_result":
                if (!Has(output, "data", JsonValueKind.Object)) yield return $"{at}: {type} without data";
                if (!Has(output, "metadata", JsonValueKind.Object)) yield return $"{at}: {type} without metadata";
                break;
            case "stream":
                if (!Has(output, "name", JsonValueKind.String)) yield return $"{at}: stream without name";
                if (!output.TryGetProperty("text", out var text) || !IsMultilineString(text)) yield return $"{at}: stream text is not a multiline string";
                break;
            case "error":
                yield return $"{at}: has an error output";
                break;
            default:
                yield return $"{at}: output_type '{type}' is unknown";
                break;
        }
    }

    private static bool Has(JsonElement element, string name, JsonValueKind kind) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == kind;

    private static bool IsMultilineString(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ||
        (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String));

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    private static partial Regex CellId();
}
