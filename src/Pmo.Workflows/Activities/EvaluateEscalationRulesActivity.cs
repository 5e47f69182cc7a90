namespace Pmo.Workflows.Activities;

/// <summary>The chase's rules step: <see cref="EscalationRaiser"/> as an activity.</summary>
public sealed class EvaluateEscalationRulesActivity(IPortfolioStore store, IEscalationStarter starter)
    : TaskActivity<EscalationCheck, IReadOnlyList<string>>
{
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, EscalationCheck input) =>
        new EscalationRaiser(store, starter).RaiseAsync(input);
}
