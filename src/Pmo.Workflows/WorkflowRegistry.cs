using Pmo.Workflows.Arbitration;

namespace Pmo.Workflows;

/// <summary>
/// The one list of orchestrators and activities, used by both hosts. Task names are the class names
/// (<c>nameof</c>), which is also how the orchestrators call them.
/// </summary>
public static class WorkflowRegistry
{
    public static IReadOnlyList<Type> Orchestrators { get; } =
    [
        typeof(WeeklyCycleOrchestrator),
        typeof(ChaseOrchestrator),
        typeof(MonthlyReviewOrchestrator),
        typeof(EscalationOrchestrator),
        typeof(ArbitrationOrchestrator),
    ];

    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(ListActiveProjectsActivity),
        typeof(OpenChaseActivity),
        typeof(ChaseStepActivity),
        typeof(OpenUpdateRequestActivity),
        typeof(SendChaseMailActivity),
        typeof(RecordChaseStepActivity),
        typeof(EvaluateEscalationRulesActivity),
        typeof(EvaluateOverAllocationActivity),
        typeof(SendWeeklyDigestActivity),
        typeof(AssembleReviewPackActivity),
        typeof(SendPackApprovalActivity),
        typeof(AutoApprovePackActivity),
        typeof(DistributePackActivity),
        typeof(NotifyCommitteeActivity),
        typeof(AnnounceDecisionActivity),
        typeof(OpenArbitrationSessionActivity),
        typeof(SendArbitrationMailActivity),
        typeof(DecideArbitrationActivity),
        typeof(CreateGoProjectActivity),
        typeof(AnnounceArbitrationOutcomeActivity),
    ];

    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry
            .AddOrchestrator<WeeklyCycleOrchestrator>()
            .AddOrchestrator<ChaseOrchestrator>()
            .AddOrchestrator<MonthlyReviewOrchestrator>()
            .AddOrchestrator<EscalationOrchestrator>()
            .AddOrchestrator<ArbitrationOrchestrator>()
            .AddActivity<ListActiveProjectsActivity>()
            .AddActivity<OpenChaseActivity>()
            .AddActivity<ChaseStepActivity>()
            .AddActivity<OpenUpdateRequestActivity>()
            .AddActivity<SendChaseMailActivity>()
            .AddActivity<RecordChaseStepActivity>()
            .AddActivity<EvaluateEscalationRulesActivity>()
            .AddActivity<EvaluateOverAllocationActivity>()
            .AddActivity<SendWeeklyDigestActivity>()
            .AddActivity<AssembleReviewPackActivity>()
            .AddActivity<SendPackApprovalActivity>()
            .AddActivity<AutoApprovePackActivity>()
            .AddActivity<DistributePackActivity>()
            .AddActivity<NotifyCommitteeActivity>()
            .AddActivity<AnnounceDecisionActivity>()
            .AddActivity<OpenArbitrationSessionActivity>()
            .AddActivity<SendArbitrationMailActivity>()
            .AddActivity<DecideArbitrationActivity>()
            .AddActivity<CreateGoProjectActivity>()
            .AddActivity<AnnounceArbitrationOutcomeActivity>();
        return registry;
    }
}
