namespace Pmo.Local.Demo;

/// <summary>
/// The demo's calendar: the weeks to run and the month whose review closes them, with every calendar deadline
/// converted from virtual time into the real instant a durable timer must fire at (convert when the step starts:
/// the clock is rebased at each step).
/// </summary>
public sealed class DemoTimeline(GovernanceCalendar calendar, IReadOnlyList<IsoWeek> weeks, YearMonth reviewedMonth, ScaledClock clock)
{
    public IReadOnlyList<IsoWeek> Weeks => weeks;
    public YearMonth ReviewedMonth => reviewedMonth;
    public ScaledClock Clock => clock;
    public GovernanceCalendar Calendar => calendar;

    /// <summary>
    /// The <paramref name="weekCount"/> weeks that end just before the first business day of next month, then that
    /// day's review of this month: the pack then covers the weeks the demo just ran.
    /// </summary>
    public static DemoTimeline Plan(GovernanceCalendar calendar, DateOnly today, int weekCount, TimeSpan realWeek)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var month = new YearMonth(today.Year, today.Month);
        var review = calendar.ForMonth(month).AssembleUtc;
        var reviewDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(review, calendar.TimeZone).DateTime);
        var last = IsoWeek.Containing(reviewDay).AddWeeks(-1);
        var weeks = Enumerable.Range(0, weekCount).Select(i => last.AddWeeks(i - weekCount + 1)).ToList();

        // Virtual time starts a minute before the first chase opens.
        var start = calendar.ForWeek(weeks[0]).ChaseOpensUtc - TimeSpan.FromMinutes(1);
        return new DemoTimeline(calendar, weeks, month, new ScaledClock(start, TimeSpan.FromDays(7) / realWeek));
    }

    /// <summary>The week's deadlines as real instants (what the orchestration's timers wait for).</summary>
    public WeekDeadlines RealDeadlines(IsoWeek week)
    {
        var d = calendar.ForWeek(week);
        return d with
        {
            ChaseOpensUtc = clock.ToReal(d.ChaseOpensUtc),
            FirstReminderUtc = clock.ToReal(d.FirstReminderUtc),
            SecondReminderUtc = clock.ToReal(d.SecondReminderUtc),
            MarkedMissedUtc = clock.ToReal(d.MarkedMissedUtc),
            WeeklyDigestUtc = clock.ToReal(d.WeeklyDigestUtc),
        };
    }

    public MonthDeadlines RealDeadlines(YearMonth month, TimeSpan autoApproveAfter)
    {
        var d = calendar.ForMonth(month);
        return d with { AssembleUtc = clock.ToReal(d.AssembleUtc), AutoApproveUtc = clock.ToReal(d.AssembleUtc + autoApproveAfter) };
    }

    public Task UntilAsync(DateTimeOffset virtualInstant, CancellationToken ct) =>
        Task.Delay(clock.RealDelayUntil(virtualInstant), ct);

    /// <summary>"Mon 30 Nov 09:00" in the organisation's time zone, for the progress lines.</summary>
    public string Label(DateTimeOffset virtualInstant) =>
        TimeZoneInfo.ConvertTime(virtualInstant, calendar.TimeZone).ToString("ddd dd MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
