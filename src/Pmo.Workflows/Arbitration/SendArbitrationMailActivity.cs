namespace Pmo.Workflows.Arbitration;

/// <summary>
/// The session's e-mails to its members, each with their own vote link (one per member: it opens a page listing the
/// whole agenda). The pack goes to every member; the reminder only to those who have not voted on every demand, read
/// from the stored session. The pack's mail carries the rendered arbitration pack in the member's language (its HTML
/// below the vote button, PDF and XLSX attached), rendered once per language. Message ids name the session, the step
/// and the member, so a retry sends nothing twice.
/// </summary>
public sealed class SendArbitrationMailActivity(IPortfolioStore store, LinkIssuer links, MailDispatcher mail, IArbitrationPackBuilder packs, TimeProvider time)
    : TaskActivity<ArbitrationMailInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, ArbitrationMailInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = (await store.ArbitrationSessions.FindAsync(input.Month))?.Value ?? throw new NotFoundException("ArbitrationSession", input.Month.ToString());
        var view = await GovernanceView.LoadAsync(store);
        var agenda = await ArbitrationAgenda.LoadAsync(store, session, view.Settings.PriorityWeights);
        var reminder = input.Step == ArbitrationMailStep.Reminder;
        var snapshot = reminder ? null : await ArbitrationPackSnapshot.TakeAsync(store, view.Settings, session, agenda, time.GetUtcNow());
        Dictionary<Language, BuiltPack> built = [];
        var sent = 0;
        foreach (var member in ArbitrationMembers.Of(session))
        {
            if (reminder && session.Agenda.All(d => session.VotesOn(d).Any(v => ArbitrationMembers.Same(v.MemberEmail, member.Email))))
            {
                continue;
            }

            var url = links.ArbitrationVote(session.Month, member.Email, session.DeadlineUtc);
            var pack = snapshot is null ? null : PackIn(snapshot, member.Language);
            sent += await mail.SendAsync(view.Composer.ArbitrationPack(session, agenda, member, url, reminder, pack)) ? 1 : 0;
        }

        return sent;

        BuiltPack PackIn(ArbitrationPackInput input, Language language)
        {
            if (!built.TryGetValue(language, out var pack))
            {
                built[language] = pack = packs.Build(input with { Language = language });
            }

            return pack;
        }
    }
}
