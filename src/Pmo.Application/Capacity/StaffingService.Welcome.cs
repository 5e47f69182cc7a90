namespace Pmo.Application.Capacity;

/// <summary>The new PM's welcome e-mail and the loads the staffing answers with.</summary>
public sealed partial class StaffingService
{
    /// <summary>
    /// Sends the welcome to the project's manager through the dispatcher, whose message id (project and PM) makes it once
    /// per PM of a project. It names the first weekly cycle whose invitation has not gone out yet, and the next review.
    /// </summary>
    private async Task WelcomeAsync(Project project, IReadOnlyList<StaffingLine> team, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var view = await GovernanceView.LoadAsync(store, cancellationToken);
        var now = clock.GetUtcNow();
        var names = people.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var lines = team.OrderBy(l => names[l.PersonId], StringComparer.Ordinal).ThenBy(l => l.Month)
            .Select(l => new WelcomeTeamLine(names[l.PersonId], l.Month, l.Days))
            .ToList();
        var message = view.Composer.PmWelcome(project, FirstWeekAfter(view.Calendar, now), NextReviewAfter(view.Calendar, now), lines);
        await mail.SendAsync(message, cancellationToken);
    }

    /// <summary>The first week whose chase opens after <paramref name="now"/>: this week's if it is still to come, else the next.</summary>
    public static WeekDeadlines FirstWeekAfter(GovernanceCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var week = calendar.ForWeek(calendar.WeekAt(now));
        return week.ChaseOpensUtc > now ? week : calendar.ForWeek(week.Week.Next());
    }

    /// <summary>The next monthly review after <paramref name="now"/>: last month's, if not assembled yet, else this month's.</summary>
    public static DateTimeOffset NextReviewAfter(GovernanceCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var month = YearMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime));
        var previous = YearMonth.Of(month.FirstDay.AddMonths(-1));
        var review = calendar.ForMonth(previous).AssembleUtc;
        return review > now ? review : calendar.ForMonth(month).AssembleUtc;
    }

    /// <summary>
    /// Each team member's load once the team is written (the staffing preview's computation over the other projects plus
    /// this team), and the PM's own load over the same months (the six months ahead without a team) when the PM is a
    /// person, with the active projects they manage.
    /// </summary>
    private async Task<ProjectStaffing> ResultAsync(
        Project project, IReadOnlyList<StaffingLine> team, IReadOnlyList<Person> people, bool changed, string decisionId, CancellationToken cancellationToken)
    {
        var months = team.Count > 0
            ? [.. team.Select(l => l.Month).Distinct().Order()]
            : CapacityService.OutlookMonthsFrom(YearMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
        var allocations = await store.Allocations.ListAsync(new AllocationQuery { From = months[0], To = months[^1] }, cancellationToken);
        var loads = StaffingCheck.Check(people, allocations.Where(a => a.ProjectId != project.Id), team);
        var pm = people.FirstOrDefault(p => SamePerson(new Contact(p.Name, p.Email), project.Manager));
        IReadOnlyList<PersonMonthLoad> workload = pm is null ? [] : [.. CapacityView.Loads([pm], allocations, months).Select(x => x.Load)];
        var managed = (await store.Projects.ListActiveAsync(cancellationToken))
            .Where(p => SamePerson(p.Manager, project.Manager))
            .Select(p => p.Id)
            .ToList();
        return new ProjectStaffing(project.Id, project.Manager, changed, team, loads, workload, managed, decisionId);
    }
}
