namespace Pmo.Domain.Rules;

/// <summary>Computes the portfolio KPIs (RAG mix, update compliance, budget, earned value, slip, risks, issues, escalations).</summary>
public static class KpiCalculator
{
    public static PortfolioKpis Compute(KpiInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        throw new NotImplementedException("KPI calculation lands in the next commit.");
    }
}
