using Pmo.Application.Ports.Mail;

namespace Pmo.Workflows.Activities;

/// <summary>
/// One escalation notice: the committee's notice or reminder (each member with a personal decision link), or the
/// chair's "convene the committee". Records the new status first; does nothing once the escalation is decided.
/// </summary>
public sealed class NotifyCommitteeActivity(IPortfolioStore store, LinkIssuer links, MailDispatcher mail, TimeProvider time)
    : TaskActivity<EscalationStepInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, EscalationStepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var escalation = await MarkAsync(input);
        if (escalation is null)
        {
            return 0;
        }

        var project = (await store.Projects.FindAsync(escalation.ProjectId))?.Value ?? throw new NotFoundException("Project", escalation.ProjectId);
        var view = await GovernanceView.LoadAsync(store);
        var now = time.GetUtcNow();
        var recipients = view.Settings.Recipients;
        IEnumerable<MailMessage> messages = input.Step switch
        {
            EscalationStep.Convene when recipients.CommitteeChair is { } chair => [view.Composer.ConveneCommittee(escalation, project, chair)],
            EscalationStep.Convene => recipients.Pmo.Select(pmo => view.Composer.ConveneCommittee(escalation, project, pmo)),
            _ => recipients.Committee.Select(member => view.Composer.EscalationNotice(
                escalation, project, member, links.Decision(project.Id, escalation.Id, member.Email, now), reminder: input.Step == EscalationStep.Reminder)),
        };

        var sent = 0;
        foreach (var message in messages)
        {
            sent += await mail.SendAsync(message) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>The escalation with its status moved on, or null when it is no longer open (decided meanwhile).</summary>
    private async Task<Escalation?> MarkAsync(EscalationStepInput input)
    {
        var status = input.Step switch
        {
            EscalationStep.Reminder => EscalationStatus.CommitteeReminded,
            EscalationStep.Convene => EscalationStatus.CommitteeConvened,
            _ => EscalationStatus.Open,
        };

        for (var attempt = 1; ; attempt++)
        {
            var current = await store.Escalations.FindAsync(input.EscalationId) ?? throw new NotFoundException("Escalation", input.EscalationId);
            if (!current.Value.IsOpen)
            {
                return null;
            }

            if (current.Value.Status >= status)
            {
                return current.Value;
            }

            try
            {
                return (await store.Escalations.ReplaceAsync(current.Value with { Status = status }, current.ETag)).Value;
            }
            catch (ConcurrencyException) when (attempt < 5)
            {
            }
        }
    }
}
