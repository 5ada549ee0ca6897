using System.Text;

namespace Stats.Reporting.Notebooks;

/// <summary>nbformat 4.5 cell ids: 1 to 64 characters of ASCII letters, digits, '-' and '_'.</summary>
public static class NotebookCellId
{
    public const int MaxLength = 64;

    public static bool IsValid(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>An id built from a purpose and a name taken from the data (a check kind): other characters become '-'.</summary>
    public static string From(string purpose, string name)
    {
        var id = new StringBuilder(purpose).Append('-');
        foreach (var c in name) id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return id.Length <= MaxLength ? id.ToString() : id.ToString(0, MaxLength);
    }
}
