namespace Pmo.Application.Mail;

public sealed partial class MailComposer
{
    /// <summary>
    /// The session's pack to one member (or the reminder): the ranked agenda as a table, the deadline, and the member's
    /// own vote link, followed by the rendered <paramref name="pack"/> (its HTML, its PDF and XLSX attached) when given. Ids: <c>arbitration-2027-03-pack-{member}</c>, <c>…-reminder-{member}</c>.
    /// </summary>
    public MailMessage ArbitrationPack(ArbitrationSession session, IReadOnlyList<RankedDemand> agenda, Contact member, string url, bool reminder, BuiltPack? pack = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(member);
        var t = MailTexts.For(member.Language);
        var a = t.Arbitration;
        var deadline = t.When(session.DeadlineUtc, zone);
        var subject = reminder ? a.ReminderSubject(session.Month) : a.PackSubject(session.Month);
        var body = reminder ? a.ReminderBody(deadline) : a.PackBody(session.Month, agenda.Count, deadline);
        var table = new MailTable(
            a.AgendaHeaders,
            [.. agenda.Select(r => (IReadOnlyList<string>)
            [
                r.Rank.ToString(t.Culture),
                r.Demand.Title,
                r.Demand.Department,
                r.Score.ToString("0.#", t.Culture),
                $"{r.Demand.EstimatedBudget.Amount.ToString("N0", t.Culture)} {r.Demand.EstimatedBudget.Currency}",
                r.Demand.EstimatedDurationMonths.ToString(CultureInfo.InvariantCulture),
            ])]);
        var content = new MailContent(subject, subject, [t.Hello(member.Name), body])
        {
            Table = table,
            Button = new MailButton(a.VoteButton, url),
            After = [a.VoteHint],
            TrustedHtml = pack?.EmailHtml,
        };
        var step = reminder ? "reminder" : "pack";
        return Message(
            reminder ? MailKind.ArbitrationReminder : MailKind.ArbitrationPack,
            MailIds.For($"{InstanceIds.Arbitration(session.Month)}-{step}", member.Email),
            member,
            content) with
        {
            Attachments = pack?.Attachments ?? [],
        };
    }

    /// <summary>The outcome of one demand to its requester: <c>arbitration-2027-03-outcome-{demand}-{requester}</c>.</summary>
    public MailMessage ArbitrationOutcome(YearMonth month, Demand demand, ArbitrationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(decision);
        var t = MailTexts.For(demand.Requester.Language);
        var a = t.Arbitration;
        var subject = a.OutcomeSubject(demand.Title, decision.Outcome);
        var counts = $"GO {decision.Go} · NO-GO {decision.NoGo} · {a.Choice(VoteChoice.Defer)} {decision.Defer}";
        var content = new MailContent(subject, subject, [t.Hello(demand.Requester.Name), a.OutcomeBody(demand.Title, counts, decision.Outcome)]);
        return Message(
            MailKind.ArbitrationOutcome,
            MailIds.For($"{InstanceIds.Arbitration(month)}-outcome-{demand.Id}", demand.Requester.Email),
            demand.Requester,
            content);
    }
}
