namespace Pmo.Workflows.Activities;

/// <summary>One step of a running chase, recorded as <see cref="Record"/>; <see cref="AsOfUtc"/> is the orchestration's time.</summary>
public sealed record ChaseStepInput(ChaseInput Chase, ChaseStepRecord Record, DateTimeOffset AsOfUtc);

/// <summary>
/// A step of a running chase in one activity: record it on the update request (<see cref="RecordChaseStepActivity"/>),
/// send its e-mails for a reminder or the "missed" notice (<see cref="SendChaseMailActivity"/>), and run the rules when
/// the step closes the week, submitted or missed (<see cref="EvaluateEscalationRulesActivity"/>). Returns the
/// escalations raised. Each part is idempotent, so a retry of the whole is harmless.
/// </summary>
public sealed class ChaseStepActivity(IPortfolioStore store, LinkIssuer links, MailDispatcher mail, IEscalationStarter starter)
    : TaskActivity<ChaseStepInput, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, ChaseStepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var step = input.Record.Step;
        await new RecordChaseStepActivity(store).RunAsync(context, input.Record);
        if (step is ChaseStep.FirstReminder or ChaseStep.SecondReminder or ChaseStep.Missed)
        {
            await new SendChaseMailActivity(store, links, mail).RunAsync(context, new ChaseMailInput(input.Chase, step));
        }

        if (step is ChaseStep.Missed or ChaseStep.Submitted)
        {
            var check = new EscalationCheck(input.Chase.ProjectId, input.Chase.Week, input.AsOfUtc);
            return await new EvaluateEscalationRulesActivity(store, starter).RunAsync(context, check);
        }

        return [];
    }
}
