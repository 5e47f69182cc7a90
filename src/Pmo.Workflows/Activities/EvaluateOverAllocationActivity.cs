namespace Pmo.Workflows.Activities;

/// <summary>The weekly cycle's capacity step: <see cref="OverAllocationRaiser"/> as an activity.</summary>
public sealed class EvaluateOverAllocationActivity(IPortfolioStore store, IEscalationStarter starter)
    : TaskActivity<OverAllocationCheck, IReadOnlyList<string>>
{
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, OverAllocationCheck input) =>
        new OverAllocationRaiser(store, starter).RaiseAsync(input);
}
