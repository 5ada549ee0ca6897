namespace Stats.Synthetic;

/// <summary>One generated work report and the answer key of the errors planted in it (empty for a clean report).</summary>
public sealed record SyntheticReport(string Id, string Text, IReadOnlyList<PlantedError> Answers)
{
    public bool IsClean => Answers.Count == 0;
}
