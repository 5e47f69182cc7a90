namespace Pmo.Application.Mail;

/// <summary>A line of the team as the welcome e-mail prints it: the person's name, the month and the days.</summary>
public sealed record WelcomeTeamLine(string Name, YearMonth Month, decimal Days);

public sealed partial class MailComposer
{
    /// <summary>The step id of a project's welcome; the message id adds the PM, so each new PM of a project gets one.</summary>
    public static string WelcomeStepId(string projectId) => $"staffing-{projectId}-welcome";

    /// <summary>
    /// To the project's (new) manager: the project, its sponsor and budget, when the weekly invitation arrives and the
    /// deadline it will name (the week's <see cref="WeekDeadlines.ChaseOpensUtc"/> and
    /// <see cref="WeekDeadlines.AnswerDeadlineUtc"/>, written as the invitation writes them), the next monthly review,
    /// and the team. Id: <c>staffing-{project}-welcome-{pm}</c>, sent once per project and PM.
    /// </summary>
    public MailMessage PmWelcome(Project project, WeekDeadlines firstWeek, DateTimeOffset nextReviewUtc, IReadOnlyList<WelcomeTeamLine> team)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(firstWeek);
        ArgumentNullException.ThrowIfNull(team);
        var pm = project.Manager;
        var t = MailTexts.For(pm.Language);
        var s = t.Staffing;
        var budget = $"{project.Budget.Approved.ToString("N0", t.Culture)} {project.Budget.Currency}";
        var subject = s.WelcomeSubject(project.Name);
        var content = new MailContent(
            subject,
            subject,
            [
                t.Hello(pm.Name),
                s.WelcomeBody(project.Name, project.Sponsor.Name),
                s.BudgetLine(budget),
                s.InvitationArrives(pm.Email, t.When(firstWeek.ChaseOpensUtc, zone)),
                s.AnswerBefore(Due(t, firstWeek)),
                s.MonthlyReview(t.When(nextReviewUtc, zone)),
            ])
        {
            Table = team.Count == 0 ? null : new MailTable(
                s.TeamHeaders,
                [.. team.Select(l => (IReadOnlyList<string>)
                [
                    l.Name,
                    l.Month.FirstDay.ToString("MMMM yyyy", t.Culture),
                    l.Days.ToString("0.##", t.Culture),
                ])]),
            After = team.Count == 0 ? [s.NoTeam, s.Closing] : [s.Closing],
        };
        return Message(MailKind.PmWelcome, MailIds.For(WelcomeStepId(project.Id), pm.Email), pm, content);
    }
}
