using System.Text.Json;
using Stats.Pipeline.Checking;
using Stats.Reporting.Notebooks;

namespace Stats.Tests.Reporting.Notebooks;

public class NotebookFormatTests
{
    private GeneratedNotebook notebook = null!;

    [OneTimeSetUp]
    public void GenerateOnce() => notebook = GeneratedNotebook.OfBundledReport;

    [Test]
    public void The_bundled_report_s_notebook_validates_against_nbformat_4_5()
    {
        Assert.That(NbformatValidator.Problems(notebook.Bytes), Is.Empty);
    }

    [Test]
    public void The_notebook_names_the_dotnet_csharp_kernel_and_the_csharp_language()
    {
        using var json = JsonDocument.Parse(notebook.Bytes);
        var metadata = json.RootElement.GetProperty("metadata");

        Assert.That(metadata.GetProperty("kernelspec").GetProperty("name").GetString(), Is.EqualTo(".net-csharp"));
        Assert.That(metadata.GetProperty("kernelspec").GetProperty("display_name").GetString(), Is.EqualTo(".NET (C#)"));
        Assert.That(metadata.GetProperty("kernelspec").GetProperty("language").GetString(), Is.EqualTo("C#"));
        Assert.That(metadata.GetProperty("language_info").GetProperty("name").GetString(), Is.EqualTo("csharp"));
    }

    [Test]
    public void Every_code_cell_but_the_silent_library_load_has_its_outputs_filled_in_so_the_notebook_reads_complete_unrun()
    {
        using var json = JsonDocument.Parse(notebook.Bytes);
        var code = json.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code").ToList();

        Assert.That(code, Is.Not.Empty);
        Assert.That(code.Where(c => c.GetProperty("outputs").GetArrayLength() == 0).Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { "load-library" }));
    }

    [Test]
    public void The_validator_catches_a_missing_id_a_duplicate_id_and_an_unknown_cell_type()
    {
        var bad = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": "a"},
              {"cell_type": "markdown", "id": "x", "metadata": {}, "source": "b"},
              {"cell_type": "markdown", "id": "x", "metadata": {}, "source": "c"},
              {"cell_type": "picture", "id": "y", "metadata": {}, "source": []},
              {"cell_type": "code", "id": "bad id!", "metadata": {}, "source": []}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """u8.ToArray();

        var problems = NbformatValidator.Problems(bad);

        Assert.That(problems, Has.Some.Contains("cell 0: id missing"));
        Assert.That(problems, Has.Some.Contains("cell 2: id x is not unique"));
        Assert.That(problems, Has.Some.Contains("cell_type 'picture'"));
        Assert.That(problems, Has.Some.Contains("cell 4: id missing or not"));
        Assert.That(problems, Has.Some.Contains("cell 4: code cell without outputs"));
        Assert.That(problems, Has.Some.Contains("nbformat_minor is not 5"));
        Assert.That(problems, Has.Some.Contains("no metadata.kernelspec"));
    }

    [Test]
    public void A_cell_id_built_from_data_keeps_to_the_nbformat_alphabet_and_length()
    {
        var id = NotebookCellId.From("kind", "per unit/收入<script>" + new string('x', 100));

        Assert.That(NotebookCellId.IsValid(id), Is.True);
        Assert.That(id, Does.StartWith("kind-per-unit-"));
    }

    [Test]
    public void A_notebook_with_two_cells_of_the_same_id_is_refused()
    {
        Assert.That(() => new NotebookDocument([NotebookCell.Markdown("a", "x"), NotebookCell.Markdown("a", "y")]),
            Throws.ArgumentException.With.Message.Contains("used twice"));
    }
}
