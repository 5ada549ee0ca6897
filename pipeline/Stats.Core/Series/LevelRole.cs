namespace Stats.Core.Series;

/// <summary>What a printed level is for its period: an outcome, a target set ahead, or a budget figure restated afterwards.</summary>
public enum LevelRole
{
    /// <summary>An outcome of the period (实际完成, or a level without budget words).</summary>
    Actual,
    /// <summary>A target or budget for a coming period (2019年预算, 预期目标), set in the report before it.</summary>
    Target,
    /// <summary>The original budget of the period under review, as this report restates it (年初预算, 支出预算为).</summary>
    Budget,
    /// <summary>The budget as adjusted during the period (调整预算, 预算调整为): customarily differs from the original.</summary>
    AdjustedBudget,
    /// <summary>A figure of the year before the one under review (上年为).</summary>
    Previous,
}
