namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// How <see cref="ChaseOrchestrator"/>'s steps reach its activities (<see cref="ChaseInput.Steps"/>). The chase is the
/// same either way; only the number of activities, hence of episodes and storage requests, differs.
/// </summary>
internal abstract class ChaseActivities
{
    public static ChaseActivities For(ChaseInput input) => input.Steps == ChaseSteps.Combined ? Combined.Instance : Separate.Instance;

    /// <summary>Opens the request; runs the rules when the week was already answered; otherwise, unless missed, invites the PM.</summary>
    public abstract Task<ChaseOpened> OpenAsync(TaskOrchestrationContext context, ChaseInput input);

    /// <summary>Records a step, sends its e-mails (reminders, missed), runs the rules when it closes the week; returns the escalations.</summary>
    public abstract Task<IReadOnlyList<string>> StepAsync(TaskOrchestrationContext context, ChaseInput input, ChaseStepRecord record);

    /// <summary>One activity per step: two episodes for an opening, two for an answer.</summary>
    private sealed class Combined : ChaseActivities
    {
        public static readonly Combined Instance = new();

        public override Task<ChaseOpened> OpenAsync(TaskOrchestrationContext context, ChaseInput input) =>
            context.CallActivityAsync<ChaseOpened>(nameof(OpenChaseActivity), new ChaseOpening(input, DeadlineRace.Now(context)), WorkflowRetry.Activity);

        public override Task<IReadOnlyList<string>> StepAsync(TaskOrchestrationContext context, ChaseInput input, ChaseStepRecord record) =>
            context.CallActivityAsync<IReadOnlyList<string>>(
                nameof(ChaseStepActivity), new ChaseStepInput(input, record, DeadlineRace.Now(context)), WorkflowRetry.Activity);
    }

    /// <summary>
    /// One activity per action, in the order chases started before <see cref="ChaseSteps.Combined"/> recorded them:
    /// such an instance must replay the same calls, or the engine fails it as non-deterministic.
    /// </summary>
    private sealed class Separate : ChaseActivities
    {
        public static readonly Separate Instance = new();

        public override async Task<ChaseOpened> OpenAsync(TaskOrchestrationContext context, ChaseInput input)
        {
            var status = await context.CallActivityAsync<UpdateRequestStatus>(nameof(OpenUpdateRequestActivity), input, WorkflowRetry.Activity);
            switch (status)
            {
                case UpdateRequestStatus.Missed:
                    return new ChaseOpened(status, []);
                case UpdateRequestStatus.Submitted:
                    return new ChaseOpened(status, await EvaluateAsync(context, input));
                default:
                    await SendAsync(context, input, ChaseStep.Invite);
                    return new ChaseOpened(status, []);
            }
        }

        public override async Task<IReadOnlyList<string>> StepAsync(TaskOrchestrationContext context, ChaseInput input, ChaseStepRecord record)
        {
            await context.CallActivityAsync<UpdateRequestStatus>(nameof(RecordChaseStepActivity), record, WorkflowRetry.Activity);
            if (record.Step is ChaseStep.FirstReminder or ChaseStep.SecondReminder or ChaseStep.Missed)
            {
                await SendAsync(context, input, record.Step);
            }

            return record.Step is ChaseStep.Missed or ChaseStep.Submitted ? await EvaluateAsync(context, input) : [];
        }

        private static Task<IReadOnlyList<string>> EvaluateAsync(TaskOrchestrationContext context, ChaseInput input) =>
            context.CallActivityAsync<IReadOnlyList<string>>(
                nameof(EvaluateEscalationRulesActivity), new EscalationCheck(input.ProjectId, input.Week, DeadlineRace.Now(context)), WorkflowRetry.Activity);

        private static Task<int> SendAsync(TaskOrchestrationContext context, ChaseInput input, ChaseStep step) =>
            context.CallActivityAsync<int>(
                nameof(SendChaseMailActivity), new ChaseMailInput(input, step), WorkflowRetry.Activity);
    }
}
