using Stats.Core.Checks;

namespace Stats.Reporting.Html;

/// <summary>A plain-language lead for a finding, in English with the report's Chinese terms, placed before the check's own message.</summary>
public static class FindingExplanation
{
    public static string Lead(Finding f) => (f.Kind, f.Status) switch
    {
        (_, CheckStatus.Error) => "The check itself broke while evaluating these figures; this says nothing about the figures yet.",
        (_, CheckStatus.NotEvaluable) => "These figures cannot be checked against each other as printed, so no verdict is given.",
        ("share", CheckStatus.Fail) => "The stated share (占比) cannot be the part divided by the total, even allowing for the rounding of every printed figure.",
        ("share", _) => "The stated share (占比) agrees with the part divided by the total, within the rounding of the printed figures.",
        ("parts", CheckStatus.Fail) => "The parts listed under 其中 do not fit their total, even allowing for rounding.",
        ("parts", _) => "The parts listed under 其中 fit within their total, allowing for rounding.",
        ("growth", CheckStatus.Fail) => "The stated growth rate (同比增长) does not follow from the levels it describes, even allowing for rounding.",
        ("growth", _) => "The stated growth rate (同比增长) is consistent with the levels it describes.",
        ("granularity", CheckStatus.Fail) => "The rate cannot be a whole number of cases out of the counts the sentence gives (the GRIM test).",
        ("granularity", _) => "The rate can be a whole number of cases out of the counts the sentence gives.",
        (_, CheckStatus.Fail) => "The figures break this rule for every value their printed rounding allows.",
        (_, CheckStatus.Warn) => "The figures satisfy the rule but fall outside its warning band; worth a second look.",
        _ => "The figures satisfy this rule.",
    };
}
