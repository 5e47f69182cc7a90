namespace Pmo.Workflows.Orchestrations;

/// <summary>
/// One project's weekly chase: open the request and invite the PM, then wait for the "update submitted" event
/// against each deadline in turn (first reminder, second reminder to PM + sponsor, missed). Ends with the outcome
/// and the escalations the rules raised. The weekly cycle starts it with one activity per step
/// (<see cref="ChaseSteps.Combined"/>: <see cref="OpenChaseActivity"/>, <see cref="ChaseStepActivity"/>); see
/// <see cref="ChaseActivities"/>.
/// </summary>
public sealed class ChaseOrchestrator : TaskOrchestrator<ChaseInput, ChaseResult>
{
    public override async Task<ChaseResult> RunAsync(TaskOrchestrationContext context, ChaseInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<ChaseOrchestrator>();
        var deadlines = input.Deadlines;
        var activities = ChaseActivities.For(input);

        // The invitation names the next deadline still ahead at this time (the first reminder, or a later one).
        var opened = await activities.OpenAsync(context, input);
        if (opened.Status is UpdateRequestStatus.Missed)
        {
            return new ChaseResult(input.ProjectId, input.Week, ChaseOutcome.Missed, null, []);
        }

        if (opened.Status is UpdateRequestStatus.Submitted)
        {
            // Answered before the chase opened (or the chase started again after the answer): no invitation, and the
            // rules judged the answer as they would after the event (they skip what is already open).
            return new ChaseResult(input.ProjectId, input.Week, ChaseOutcome.OnTimeBeforeReminder, null, opened.Escalations);
        }

        // A chase opened late (first start mid-week, catch-up after downtime) does not send the reminders whose
        // time has already passed together with the invitation: the PM gets one e-mail and the next reminder on time.
        var invitedAt = DeadlineRace.Now(context);

        using var stopWaiting = new CancellationTokenSource();
        var submitted = context.WaitForExternalEvent<UpdateSubmitted>(WorkflowEvents.UpdateSubmitted, stopWaiting.Token);
        (ChaseStep Step, DateTimeOffset At)[] stages =
        [
            (ChaseStep.FirstReminder, deadlines.FirstReminderUtc),
            (ChaseStep.SecondReminder, deadlines.SecondReminderUtc),
            (ChaseStep.Missed, deadlines.MarkedMissedUtc),
        ];

        // The first reminder actually sent, as recorded on the request: an answer after it is "on time, after a reminder".
        DateTimeOffset? remindedAt = null;
        IReadOnlyList<string> escalations = [];
        foreach (var (step, at) in stages)
        {
            if (step != ChaseStep.Missed && at <= invitedAt)
            {
                continue;
            }

            if (await DeadlineRace.EventFirstAsync(context, submitted, at))
            {
                return await OnSubmittedAsync(context, input, activities, await submitted, remindedAt);
            }

            var now = DeadlineRace.Now(context);
            if (step != ChaseStep.Missed)
            {
                remindedAt ??= now;
            }

            // The last step, missed, also runs the rules.
            escalations = await activities.StepAsync(context, input, new ChaseStepRecord(input.ProjectId, input.Week, step, now));
        }

        // Missed: nobody can answer any more, so stop waiting for the event (the loser of the last race).
        stopWaiting.Cancel();
        WorkflowLog.UpdateMissed(logger, input.ProjectId, input.Week);
        return new ChaseResult(input.ProjectId, input.Week, ChaseOutcome.Missed, null, escalations);
    }

    private static async Task<ChaseResult> OnSubmittedAsync(
        TaskOrchestrationContext context, ChaseInput input, ChaseActivities activities, UpdateSubmitted update, DateTimeOffset? remindedAt)
    {
        // Every answer the chase takes came before the deadline, so it is on time; the PMO also sees whether it needed a reminder.
        var afterReminder = UpdateRequest.IsAfterReminder(update.SubmittedAt, remindedAt);
        var record = new ChaseStepRecord(input.ProjectId, input.Week, ChaseStep.Submitted, update.SubmittedAt);
        var escalations = await activities.StepAsync(context, input, record);
        var outcome = afterReminder ? ChaseOutcome.OnTimeAfterReminder : ChaseOutcome.OnTimeBeforeReminder;
        return new ChaseResult(input.ProjectId, input.Week, outcome, update.SubmittedAt, escalations);
    }
}
