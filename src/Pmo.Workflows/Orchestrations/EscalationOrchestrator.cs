namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// An escalation to the management committee: notify the members with decision links, remind them after the SLA's
/// first delay, ask the chair to convene the committee after the second, and once a member decided through a link
/// (the decision is already in the log) tell the PM and the PMO.
/// </summary>
public sealed class EscalationOrchestrator : TaskOrchestrator<EscalationInput, EscalationResult>
{
    public override async Task<EscalationResult> RunAsync(TaskOrchestrationContext context, EscalationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var decided = context.WaitForExternalEvent<DecisionMade>(WorkflowEvents.DecisionMade);
        await NotifyAsync(context, input, EscalationStep.Notice);

        var reminded = false;
        var convened = false;
        if (!await DeadlineRace.EventFirstAsync(context, decided, input.Deadlines.CommitteeReminderUtc))
        {
            reminded = true;
            await NotifyAsync(context, input, EscalationStep.Reminder);
            if (!await DeadlineRace.EventFirstAsync(context, decided, input.Deadlines.ConveneUtc))
            {
                convened = true;
                await NotifyAsync(context, input, EscalationStep.Convene);
            }
        }

        // After the convene notice there is no further deadline: the committee meets and decides.
        var decision = await decided;
        await context.CallActivityAsync<int>(nameof(AnnounceDecisionActivity), decision, WorkflowRetry.Activity);
        return new EscalationResult(input.EscalationId, decision.Outcome, decision.DecidedBy, reminded, convened);
    }

    private static Task<int> NotifyAsync(TaskOrchestrationContext context, EscalationInput input, EscalationStep step) =>
        context.CallActivityAsync<int>(nameof(NotifyCommitteeActivity), new EscalationStepInput(input.EscalationId, step), WorkflowRetry.Activity);
}
