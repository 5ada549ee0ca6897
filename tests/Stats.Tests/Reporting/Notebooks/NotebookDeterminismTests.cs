
namespace Stats.Tests.Reporting.Notebooks;

public class NotebookDeterminismTests
{
    [Test]
    public void Regenerating_the_notebook_in_another_folder_gives_the_same_bytes()
    {
        var first = GeneratedNotebook.OfBundledReport;
        using var second = GeneratedNotebook.Of(GeneratedNotebook.BundledReport);

        Assert.That(second.OutDir, Is.Not.EqualTo(first.OutDir));
        Assert.That(second.Bytes, Is.EqualTo(first.Bytes));
    }

    [Test]
    public void The_notebook_holds_no_absolute_path_of_this_machine()
    {
        var notebook = GeneratedNotebook.OfBundledReport;

        Assert.That(notebook.Text, Does.Not.Contain(Repository.Root));
        Assert.That(notebook.Text, Does.Not.Contain(notebook.OutDir));
        Assert.That(notebook.Text, Does.Not.Contain(Path.GetTempPath()));
    }

    [Test]
    public void The_committed_notebook_in_notebooks_is_the_one_the_pipeline_generates_now()
    {
        var notebook = GeneratedNotebook.OfBundledReport;
        var committed = Path.Combine(Repository.Root, "notebooks", "ejin-horo-town-2023.ipynb");

        Assert.That(File.ReadAllBytes(committed), Is.EqualTo(notebook.Bytes), "run 'dotnet cake --target=Notebook' and commit notebooks/");
    }

    [Test]
    public void The_notebook_s_folder_holds_the_library_report_and_reference_its_cells_load()
    {
        var notebook = GeneratedNotebook.OfBundledReport;
        string[] needed = ["lib/Stats.Core.dll", "lib/Stats.Reporting.dll", "lib/Stats.Pipeline.dll", "lib/YamlDotNet.dll", "lib/Microsoft.Data.Analysis.dll", "input/report.txt",
            "input/figures.yaml", "input/rules.yaml", "reference/units.yaml", "mentions.csv", "findings.csv"];

        Assert.That(needed.Where(p => !File.Exists(Path.Combine(notebook.OutDir, p))), Is.Empty);
        Assert.That(notebook.Text, Does.Contain("#r \\\"lib/Stats.Core.dll\\\""));
    }
}
