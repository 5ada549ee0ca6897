using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Stats.Reporting.Notebooks;

/// <summary>
/// A C# notebook as nbformat 4.5 JSON, written by hand rather than with Microsoft.DotNet.Interactive.Documents: that library
/// gives cells random ids and no kernelspec or language_info, and the bytes must be the same on every run and every machine.
/// </summary>
public sealed class NotebookDocument(IReadOnlyList<NotebookCell> cells)
{
    public const int Format = 4;
    public const int FormatMinor = 5;
    public const string KernelName = ".net-csharp";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Chinese text stays readable in the file and in diffs; the notebook is never embedded in a page as-is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IReadOnlyList<NotebookCell> Cells { get; } = Validated(cells);

    /// <summary>UTF-8 without BOM, LF line endings, keys in a fixed order, ending with a newline.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("cells");
            var executionCount = 0;
            foreach (var cell in Cells) WriteCell(json, cell, cell.Type == NotebookCellType.Code ? ++executionCount : 0);
            json.WriteEndArray();
            WriteMetadata(json);
            json.WriteNumber("nbformat", Format);
            json.WriteNumber("nbformat_minor", FormatMinor);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteCell(Utf8JsonWriter json, NotebookCell cell, int executionCount)
    {
        json.WriteStartObject();
        json.WriteString("cell_type", cell.Type == NotebookCellType.Code ? "code" : "markdown");
        if (cell.Type == NotebookCellType.Code)
        {
            // Outputs are filled in, so the cell counts as run, in order.
            json.WriteNumber("execution_count", executionCount);
        }
        json.WriteString("id", cell.Id);
        json.WriteStartObject("metadata");
        if (cell.Type == NotebookCellType.Code)
        {
            // Polyglot Notebooks and dotnet-repl pick the kernel of a cell from this.
            json.WriteStartObject("dotnet_interactive");
            json.WriteString("language", "csharp");
            json.WriteEndObject();
            json.WriteStartObject("polyglot_notebook");
            json.WriteString("kernelName", "csharp");
            json.WriteEndObject();
        }
        json.WriteEndObject();
        if (cell.Type == NotebookCellType.Code)
        {
            json.WriteStartArray("outputs");
            foreach (var output in cell.Outputs) WriteOutput(json, output);
            json.WriteEndArray();
        }
        WriteLines(json, "source", cell.Source);
        json.WriteEndObject();
    }

    private static void WriteOutput(Utf8JsonWriter json, CellOutput output)
    {
        json.WriteStartObject();
        switch (output)
        {
            case CellOutput.Display display:
                json.WriteStartObject("data");
                foreach (var (mime, content) in display.Data)
                {
                    // Base64 is one string; text is a list of lines, as Jupyter writes it.
                    if (mime.StartsWith("image/", StringComparison.Ordinal)) json.WriteString(mime, content);
                    else WriteLines(json, mime, content);
                }
                json.WriteEndObject();
                json.WriteStartObject("metadata");
                json.WriteEndObject();
                json.WriteString("output_type", "display_data");
                break;
            case CellOutput.Stream stream:
                json.WriteString("name", stream.Name);
                json.WriteString("output_type", "stream");
                WriteLines(json, "text", stream.Text);
                break;
        }
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json)
    {
        json.WriteStartObject("metadata");
        json.WriteStartObject("kernelspec");
        json.WriteString("display_name", ".NET (C#)");
        json.WriteString("language", "C#");
        json.WriteString("name", KernelName);
        json.WriteEndObject();
        json.WriteStartObject("language_info");
        json.WriteString("file_extension", ".cs");
        json.WriteString("mimetype", "text/x-csharp");
        json.WriteString("name", "csharp");
        json.WriteString("pygments_lexer", "csharp");
        json.WriteEndObject();
        json.WriteStartObject("polyglot_notebook");
        json.WriteStartObject("kernelInfo");
        json.WriteString("defaultKernelName", "csharp");
        json.WriteStartArray("items");
        json.WriteStartObject();
        json.WriteStartArray("aliases");
        json.WriteEndArray();
        json.WriteString("name", "csharp");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A multiline string as nbformat's list of lines, each but the last keeping its "\n".</summary>
    private static void WriteLines(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartArray(name);
        var normalized = text.ReplaceLineEndings("\n");
        var start = 0;
        while (start < normalized.Length)
        {
            var end = normalized.IndexOf('\n', start);
            var next = end < 0 ? normalized.Length : end + 1;
            json.WriteStringValue(normalized[start..next]);
            start = next;
        }
        json.WriteEndArray();
    }

    private static IReadOnlyList<NotebookCell> Validated(IReadOnlyList<NotebookCell> cells)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (!NotebookCellId.IsValid(cell.Id)) throw new ArgumentException($"'{cell.Id}' is not an nbformat cell id.", nameof(cells));
            if (!ids.Add(cell.Id)) throw new ArgumentException($"The cell id '{cell.Id}' is used twice.", nameof(cells));
            if (cell.Type == NotebookCellType.Markdown && cell.Outputs.Count > 0) throw new ArgumentException($"The markdown cell '{cell.Id}' has outputs.", nameof(cells));
        }
        return cells;
    }
}
