using Pmo.Workflows.Orchestrations;

namespace Pmo.Functions.Orchestration;

/// <summary>One function per orchestrator of the workflow registry: it hands the Durable context to the workflow class.</summary>
public static class OrchestratorFunctions
{
    [Function(nameof(WeeklyCycleOrchestrator))]
    public static Task<WeeklyCycleResult> WeeklyCycle([OrchestrationTrigger] TaskOrchestrationContext context, WeeklyCycleInput input) =>
        new WeeklyCycleOrchestrator().RunAsync(context, input);

    [Function(nameof(ChaseOrchestrator))]
    public static Task<ChaseResult> Chase([OrchestrationTrigger] TaskOrchestrationContext context, ChaseInput input) =>
        new ChaseOrchestrator().RunAsync(context, input);

    [Function(nameof(MonthlyReviewOrchestrator))]
    public static Task<MonthlyReviewResult> MonthlyReview([OrchestrationTrigger] TaskOrchestrationContext context, MonthlyReviewInput input) =>
        new MonthlyReviewOrchestrator().RunAsync(context, input);

    [Function(nameof(EscalationOrchestrator))]
    public static Task<EscalationResult> Escalation([OrchestrationTrigger] TaskOrchestrationContext context, EscalationInput input) =>
        new EscalationOrchestrator().RunAsync(context, input);

    [Function(nameof(ArbitrationOrchestrator))]
    public static Task<ArbitrationResult> Arbitration([OrchestrationTrigger] TaskOrchestrationContext context, ArbitrationInput input) =>
        new ArbitrationOrchestrator().RunAsync(context, input);
}
