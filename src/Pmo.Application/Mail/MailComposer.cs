namespace Pmo.Application.Mail;

/// <summary>
/// Composes every workflow e-mail: one message per recipient, in that recipient's language, with a stable message id
/// made of the step id and the recipient. Pure: links and deadlines come in as arguments. Every message belongs to the
/// organisation's calendar list (<see cref="MailList"/>, keyed by the tenant id, which outlives a renamed organisation),
/// and the senders mark it as automated mail.
/// </summary>
public sealed partial class MailComposer(TimeZoneInfo zone, string organisationName, string tenantId)
{
    public static string ChaseStepId(string projectId, IsoWeek week, string step) => $"{InstanceIds.Chase(projectId, week)}-{step}";

    /// <summary>
    /// The invitation. It, both reminders and the form name one deadline: <see cref="WeekDeadlines.AnswerDeadlineUtc"/>,
    /// the last moment an answer counts, written by <see cref="MailTexts.When"/> with the organisation's zone.
    /// </summary>
    public MailMessage ChaseInvite(Project project, WeekDeadlines deadlines, string url)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadlines);
        var t = MailTexts.For(project.Manager.Language);
        var content = new MailContent(
            t.InviteSubject(project.Name, deadlines.Week),
            t.InviteSubject(project.Name, deadlines.Week),
            [t.Hello(project.Manager.Name), t.InviteBody(project.Name, deadlines.Week, Due(t, deadlines)), t.InviteHint])
        {
            Button = new MailButton(t.FillInButton, url),
        };
        return Message(MailKind.ChaseInvite, ChaseStepId(project.Id, deadlines.Week, "invite"), project.Manager, content);
    }

    /// <summary>The first reminder: a nudge that names the same deadline as the invitation.</summary>
    public MailMessage FirstReminder(Project project, WeekDeadlines deadlines, string url)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadlines);
        var t = MailTexts.For(project.Manager.Language);
        var content = new MailContent(
            t.FirstReminderSubject(project.Name, deadlines.Week),
            t.FirstReminderSubject(project.Name, deadlines.Week),
            [t.Hello(project.Manager.Name), t.FirstReminderBody(project.Name, deadlines.Week, Due(t, deadlines))])
        {
            Button = new MailButton(t.FillInButton, url),
        };
        return Message(MailKind.FirstReminder, ChaseStepId(project.Id, deadlines.Week, "reminder1"), project.Manager, content);
    }

    /// <summary>
    /// To the PM (with the link) and to the sponsor (for information, no link), each naming the same deadline, after
    /// which the update is reported missed.
    /// </summary>
    public IReadOnlyList<MailMessage> SecondReminder(Project project, WeekDeadlines deadlines, string url)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(deadlines);
        var stepId = ChaseStepId(project.Id, deadlines.Week, "reminder2");
        var pm = MailTexts.For(project.Manager.Language);
        var toManager = new MailContent(
            pm.SecondReminderSubject(project.Name, deadlines.Week),
            pm.SecondReminderSubject(project.Name, deadlines.Week),
            [pm.Hello(project.Manager.Name), pm.SecondReminderBody(project.Name, deadlines.Week, Due(pm, deadlines))])
        {
            Button = new MailButton(pm.FillInButton, url),
        };

        var sp = MailTexts.For(project.Sponsor.Language);
        var toSponsor = new MailContent(
            sp.SecondReminderSubject(project.Name, deadlines.Week),
            sp.SecondReminderSubject(project.Name, deadlines.Week),
            [sp.Hello(project.Sponsor.Name), sp.SecondReminderSponsorBody(project.Name, project.Manager.Name, deadlines.Week, Due(sp, deadlines))]);

        return
        [
            Message(MailKind.SecondReminder, MailIds.For(stepId, project.Manager.Email), project.Manager, toManager),
            Message(MailKind.SecondReminder, MailIds.For(stepId, project.Sponsor.Email), project.Sponsor, toSponsor),
        ];
    }

    public MailMessage UpdateMissed(Project project, IsoWeek week, Contact pmo)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(pmo);
        var t = MailTexts.For(pmo.Language);
        var content = new MailContent(
            t.MissedSubject(project.Name, week),
            t.MissedSubject(project.Name, week),
            [t.Hello(pmo.Name), t.MissedBody(project.Name, project.Manager.Name, week)]);
        return Message(MailKind.UpdateMissed, MailIds.For(ChaseStepId(project.Id, week, "missed"), pmo.Email), pmo, content);
    }

    public MailMessage WeeklyDigest(IsoWeek week, IReadOnlyList<DigestRow> rows, Contact pmo)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pmo);
        var t = MailTexts.For(pmo.Language);
        var table = new MailTable(
            t.DigestHeaders,
            [.. rows.Select(r => (IReadOnlyList<string>)[r.ProjectName, t.Outcome(r.Outcome), r.Rag, r.Difficulties, r.HelpNeeded, r.NewTopics])]);
        var content = new MailContent(
            t.DigestSubject(week),
            t.DigestSubject(week),
            [
                t.Hello(pmo.Name),
                t.DigestSummary(
                    rows.Count,
                    rows.Count(r => r.Outcome == ChaseOutcome.OnTimeBeforeReminder),
                    rows.Count(r => r.Outcome == ChaseOutcome.OnTimeAfterReminder),
                    rows.Count(r => r.Outcome == ChaseOutcome.Missed)),
            ])
        {
            Table = table,
        };
        return Message(MailKind.WeeklyDigest, MailIds.For($"{InstanceIds.Weekly(week)}-digest", pmo.Email), pmo, content);
    }

    public MailMessage PackApproval(YearMonth month, Contact pmo, string url, DateTimeOffset autoApproveUtc, BuiltPack pack)
    {
        ArgumentNullException.ThrowIfNull(pmo);
        ArgumentNullException.ThrowIfNull(pack);
        var t = MailTexts.For(pmo.Language);
        var content = new MailContent(
            t.PackApprovalSubject(month),
            t.PackApprovalSubject(month),
            [t.Hello(pmo.Name), t.PackApprovalBody(month, t.When(autoApproveUtc, zone))])
        {
            Button = new MailButton(t.ApproveButton, url),
            TrustedHtml = pack.EmailHtml,
        };
        return Message(MailKind.PackApproval, MailIds.For($"{InstanceIds.Review(month)}-approval", pmo.Email), pmo, content) with
        {
            Attachments = pack.Attachments,
        };
    }

    public MailMessage PackDistribution(YearMonth month, Contact member, BuiltPack pack)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(pack);
        var t = MailTexts.For(member.Language);
        var content = new MailContent(t.PackSubject(month), t.PackSubject(month), [t.Hello(member.Name), t.PackIntro(month)])
        {
            TrustedHtml = pack.EmailHtml,
        };
        return Message(MailKind.PackDistribution, MailIds.For($"{InstanceIds.Review(month)}-distribution", member.Email), member, content) with
        {
            Attachments = pack.Attachments,
        };
    }

    /// <summary>The committee notice (or its reminder when <paramref name="reminder"/>), with the member's decision link.</summary>
    public MailMessage EscalationNotice(Escalation escalation, Project project, Contact member, string url, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(member);
        var t = MailTexts.For(member.Language);
        var subject = reminder ? t.EscalationReminderSubject(project.Name) : t.EscalationSubject(project.Name);
        var due = reminder ? escalation.ConveneDue : escalation.ReminderDue;
        var paragraphs = new List<string> { t.Hello(member.Name), t.EscalationBody(project.Name, escalation.Summary) };
        if (escalation.Question.Length > 0)
        {
            paragraphs.Add($"{t.QuestionLabel} {escalation.Question}");
        }

        paragraphs.Add(t.DecideBy(t.When(due, zone)));
        var content = new MailContent(subject, subject, paragraphs) { Button = new MailButton(t.DecideButton, url) };
        var step = reminder ? "reminder" : "notice";
        return Message(
            reminder ? MailKind.EscalationReminder : MailKind.EscalationNotice,
            MailIds.For($"{InstanceIds.Escalation(escalation.Id)}-{step}", member.Email),
            member,
            content);
    }

    public MailMessage ConveneCommittee(Escalation escalation, Project project, Contact chair)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(chair);
        var t = MailTexts.For(chair.Language);
        var content = new MailContent(
            t.ConveneSubject(project.Name),
            t.ConveneSubject(project.Name),
            [t.Hello(chair.Name), t.ConveneBody(project.Name, t.When(escalation.RaisedAt, zone)), escalation.Summary]);
        return Message(MailKind.ConveneCommittee, MailIds.For($"{InstanceIds.Escalation(escalation.Id)}-convene", chair.Email), chair, content);
    }

    public MailMessage DecisionRecorded(Escalation escalation, Project project, Decision decision, Contact recipient)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(recipient);
        var t = MailTexts.For(recipient.Language);
        var content = new MailContent(
            t.DecisionSubject(project.Name, decision.Outcome),
            t.DecisionSubject(project.Name, decision.Outcome),
            [t.Hello(recipient.Name), t.DecisionBody(project.Name, decision.DecidedBy, decision.Outcome, decision.Rationale)]);
        return Message(MailKind.DecisionRecorded, MailIds.For($"{InstanceIds.Escalation(escalation.Id)}-decision", recipient.Email), recipient, content);
    }

    private string Due(MailTexts t, WeekDeadlines deadlines) => t.When(deadlines.AnswerDeadlineUtc(), zone);

    private MailMessage Message(MailKind kind, string messageId, Contact to, MailContent content)
    {
        var t = MailTexts.For(to.Language);
        var withFooter = content with { Footer = $"{organisationName} – {t.Footer}" };
        return new MailMessage(messageId, [new MailAddress(to.Email, to.Name)], content.Subject, MailLayout.Html(withFooter, t.Code), MailLayout.Text(withFooter, t.Language))
        {
            Category = kind.Category(),
            Language = t.Code,
            List = new MailList(t.ListName(organisationName), tenantId),
        };
    }
}

/// <summary>One line of the weekly digest.</summary>
public sealed record DigestRow(string ProjectName, ChaseOutcome Outcome, string Rag, string Difficulties, string HelpNeeded, string NewTopics);
