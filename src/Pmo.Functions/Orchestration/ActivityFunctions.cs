using Pmo.Application.Portfolio;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Intake;
using Pmo.Workflows.Activities;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Functions.Orchestration;

/// <summary>
/// One function per activity of the workflow registry: it builds the activity class from the container and runs it.
/// Each takes the Durable client too, for activities whose services start orchestrations (escalations).
/// </summary>
public static class ActivityFunctions
{
    [Function(nameof(ListActiveProjectsActivity))]
    public static Task<IReadOnlyList<string>> ListActiveProjects([ActivityTrigger] IsoWeek input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<ListActiveProjectsActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(OpenChaseActivity))]
    public static Task<ChaseOpened> OpenChase([ActivityTrigger] ChaseOpening input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<OpenChaseActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(ChaseStepActivity))]
    public static Task<IReadOnlyList<string>> ChaseStep([ActivityTrigger] ChaseStepInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<ChaseStepActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(OpenUpdateRequestActivity))]
    public static Task<UpdateRequestStatus> OpenUpdateRequest([ActivityTrigger] ChaseInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<OpenUpdateRequestActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(SendChaseMailActivity))]
    public static Task<int> SendChaseMail([ActivityTrigger] ChaseMailInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<SendChaseMailActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(RecordChaseStepActivity))]
    public static Task<UpdateRequestStatus> RecordChaseStep([ActivityTrigger] ChaseStepRecord input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<RecordChaseStepActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(EvaluateEscalationRulesActivity))]
    public static Task<IReadOnlyList<string>> EvaluateEscalationRules([ActivityTrigger] EscalationCheck input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<EvaluateEscalationRulesActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(EvaluateOverAllocationActivity))]
    public static Task<IReadOnlyList<string>> EvaluateOverAllocation([ActivityTrigger] OverAllocationCheck input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<EvaluateOverAllocationActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(SendWeeklyDigestActivity))]
    public static Task<int> SendWeeklyDigest([ActivityTrigger] WeeklyCycleResult input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<SendWeeklyDigestActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(AssembleReviewPackActivity))]
    public static Task<ReviewPackStatus> AssembleReviewPack([ActivityTrigger] MonthlyReviewInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<AssembleReviewPackActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(SendPackApprovalActivity))]
    public static Task<int> SendPackApproval([ActivityTrigger] MonthlyReviewInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<SendPackApprovalActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(AutoApprovePackActivity))]
    public static Task<string> AutoApprovePack([ActivityTrigger] YearMonth input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<AutoApprovePackActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(DistributePackActivity))]
    public static Task<int> DistributePack([ActivityTrigger] YearMonth input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<DistributePackActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(NotifyCommitteeActivity))]
    public static Task<int> NotifyCommittee([ActivityTrigger] EscalationStepInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<NotifyCommitteeActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(AnnounceDecisionActivity))]
    public static Task<int> AnnounceDecision([ActivityTrigger] DecisionMade input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<AnnounceDecisionActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(OpenArbitrationSessionActivity))]
    public static Task<ArbitrationOpened> OpenArbitrationSession([ActivityTrigger] ArbitrationInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<OpenArbitrationSessionActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(SendArbitrationMailActivity))]
    public static Task<int> SendArbitrationMail([ActivityTrigger] ArbitrationMailInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<SendArbitrationMailActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(DecideArbitrationActivity))]
    public static Task<IReadOnlyList<ArbitrationDecision>> DecideArbitration([ActivityTrigger] YearMonth input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<DecideArbitrationActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(CreateGoProjectActivity))]
    public static Task<string> CreateGoProject([ActivityTrigger] GoProjectInput input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<CreateGoProjectActivity>(client).RunAsync(function.ActivityContext(), input);

    [Function(nameof(AnnounceArbitrationOutcomeActivity))]
    public static Task<int> AnnounceArbitrationOutcome([ActivityTrigger] YearMonth input, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.Activity<AnnounceArbitrationOutcomeActivity>(client).RunAsync(function.ActivityContext(), input);
}
