using Pmo.Application.Ports.Mail;

namespace Pmo.Workflows.Activities;

/// <summary>Sends the e-mails of one chase step: invitation, reminders (with the form link) or the PMO's missed notice.</summary>
public sealed class SendChaseMailActivity(IPortfolioStore store, LinkIssuer links, MailDispatcher mail) : TaskActivity<ChaseMailInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, ChaseMailInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chase = input.Chase;
        var project = (await store.Projects.FindAsync(chase.ProjectId))?.Value ?? throw new NotFoundException("Project", chase.ProjectId);
        var view = await GovernanceView.LoadAsync(store);
        var url = links.UpdateForm(
            project.Id, UpdateRequest.IdFor(project.Id, chase.Week), project.Manager.Email, chase.Deadlines.AnswerDeadlineUtc());

        IReadOnlyList<MailMessage> messages = input.Step switch
        {
            ChaseStep.Invite => [view.Composer.ChaseInvite(project, chase.Deadlines, url)],
            ChaseStep.FirstReminder => [view.Composer.FirstReminder(project, chase.Deadlines, url)],
            ChaseStep.SecondReminder => view.Composer.SecondReminder(project, chase.Deadlines, url),
            ChaseStep.Missed => [.. view.Settings.Recipients.Pmo.Select(pmo => view.Composer.UpdateMissed(project, chase.Week, pmo))],
            _ => [],
        };

        var sent = 0;
        foreach (var message in messages)
        {
            sent += await mail.SendAsync(message) ? 1 : 0;
        }

        return sent;
    }
}
