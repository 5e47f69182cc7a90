namespace Pmo.Workflows.Arbitration;

/// <summary>
/// The session's e-mails to its members, each with their own vote link (one per member: it opens a page listing the
/// whole agenda). The pack goes to every member; the reminder only to those who have not voted on every demand, read
/// from the stored session. Message ids name the session, the step and the member, so a retry sends nothing twice.
/// </summary>
public sealed class SendArbitrationMailActivity(IPortfolioStore store, LinkIssuer links, MailDispatcher mail)
    : TaskActivity<ArbitrationMailInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, ArbitrationMailInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = (await store.ArbitrationSessions.FindAsync(input.Month))?.Value ?? throw new NotFoundException("ArbitrationSession", input.Month.ToString());
        var view = await GovernanceView.LoadAsync(store);
        var agenda = await ArbitrationAgenda.LoadAsync(store, session, view.Settings.PriorityWeights);
        var reminder = input.Step == ArbitrationMailStep.Reminder;
        var sent = 0;
        foreach (var member in ArbitrationMembers.Of(session))
        {
            if (reminder && session.Agenda.All(d => session.VotesOn(d).Any(v => ArbitrationMembers.Same(v.MemberEmail, member.Email))))
            {
                continue;
            }

            var url = links.ArbitrationVote(session.Month, member.Email, session.DeadlineUtc);
            sent += await mail.SendAsync(view.Composer.ArbitrationPack(session, agenda, member, url, reminder)) ? 1 : 0;
        }

        return sent;
    }
}
