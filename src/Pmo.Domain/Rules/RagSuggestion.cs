namespace Pmo.Domain.Rules;

/// <summary>
/// Suggests a RAG per dimension from the facts the PMO already holds, to pre-fill the weekly form.
/// Scope and resources have no objective measure here, so they stay Green: they are the PM's judgement.
/// </summary>
public static class RagSuggestion
{
    public static DimensionRags Suggest(Project project, IEnumerable<Risk> openRisks, RagThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(openRisks);
        ArgumentNullException.ThrowIfNull(thresholds);

        var slip = project.WorstSlipDays;
        var schedule = slip >= thresholds.ScheduleRedSlipDays ? Rag.Red
            : slip >= thresholds.ScheduleAmberSlipDays ? Rag.Amber
            : Rag.Green;

        var overrun = project.Budget.VarianceRatio;
        var budget = overrun >= thresholds.BudgetRedOverrunRatio ? Rag.Red
            : overrun >= thresholds.BudgetAmberOverrunRatio ? Rag.Amber
            : Rag.Green;

        var worstRisk = openRisks.Where(r => r.IsOpen && r.ProjectId == project.Id).Select(r => r.Score).DefaultIfEmpty(0).Max();
        var risks = worstRisk >= thresholds.RisksRedScore ? Rag.Red
            : worstRisk >= thresholds.RisksAmberScore ? Rag.Amber
            : Rag.Green;

        return new DimensionRags(Schedule: schedule, Budget: budget, Scope: Rag.Green, Resources: Rag.Green, Risks: risks);
    }

    /// <summary>The overall RAG is the worst dimension.</summary>
    public static Rag Overall(DimensionRags d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.Worst;
    }
}
