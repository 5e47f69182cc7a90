namespace Pmo.Domain.Rules;

/// <summary>
/// Turns the governance settings (cron expressions read in the organisation's time zone) into absolute UTC
/// deadlines. Orchestrations receive these instants and never read a clock or a time zone themselves.
/// </summary>
public sealed class GovernanceCalendar
{
    private readonly GovernanceSettings _settings;
    private readonly Dictionary<CalendarEventKind, CronExpression> _crons;

    /// <exception cref="DomainValidationException">A cron expression or the time zone is invalid (named by field).</exception>
    public GovernanceCalendar(GovernanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new ValidationErrors();
        var zone = CalendarSettings.ParseTimeZone(settings.TimeZone, errors);
        _crons = CalendarSettings.ParseCrons(settings.Calendar, errors);
        errors.ThrowIfInvalid();

        _settings = settings;
        TimeZone = zone!;
        CalendarConsistency.Check(this, errors);
        errors.ThrowIfInvalid();
    }

    public TimeZoneInfo TimeZone { get; }

    public WeekDeadlines ForWeek(IsoWeek week) => new(
        week,
        InWeek(CalendarEventKind.ChaseOpens, week),
        InWeek(CalendarEventKind.FirstReminder, week),
        InWeek(CalendarEventKind.SecondReminder, week),
        InWeek(CalendarEventKind.MarkedMissed, week),
        InWeek(CalendarEventKind.WeeklyDigest, week));

    /// <summary>The review of <paramref name="reviewedMonth"/>: the first monthly-review occurrence from the start of the next month.</summary>
    public MonthDeadlines ForMonth(YearMonth reviewedMonth)
    {
        var assemble = TryAssemble(reviewedMonth)
            ?? throw new InvalidOperationException($"The monthly review cron never occurs after {reviewedMonth}.");
        return new MonthDeadlines(reviewedMonth, assemble, assemble + _settings.PackAutoApproveAfter);
    }

    /// <summary>SLA instants are plain durations after the raise: the committee's clock runs through weekends.</summary>
    public EscalationDeadlines ForEscalation(DateTimeOffset raisedAtUtc)
    {
        var raised = raisedAtUtc.ToUniversalTime();
        return new EscalationDeadlines(raised + _settings.Sla.CommitteeReminderAfter, raised + _settings.Sla.ConveneAfter);
    }

    /// <summary>The ISO week that contains <paramref name="utc"/> on the organisation's wall clock.</summary>
    public IsoWeek WeekAt(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, TimeZone);
        return IsoWeek.Containing(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>
    /// Every event due in (from, to], ordered by time. Built from <see cref="ForWeek"/> and <see cref="ForMonth"/>
    /// so that the scheduler and the orchestrations agree on each instant.
    /// </summary>
    public IReadOnlyList<CalendarEvent> Between(DateTimeOffset fromUtcExclusive, DateTimeOffset toUtcInclusive)
    {
        var events = new List<CalendarEvent>();
        if (toUtcInclusive <= fromUtcExclusive)
        {
            return events;
        }

        bool InRange(DateTimeOffset at) => at > fromUtcExclusive && at <= toUtcInclusive;

        for (var week = WeekAt(fromUtcExclusive); week <= WeekAt(toUtcInclusive); week = week.Next())
        {
            var d = ForWeek(week);
            (CalendarEventKind Kind, DateTimeOffset At)[] weekly =
            [
                (CalendarEventKind.ChaseOpens, d.ChaseOpensUtc),
                (CalendarEventKind.FirstReminder, d.FirstReminderUtc),
                (CalendarEventKind.SecondReminder, d.SecondReminderUtc),
                (CalendarEventKind.MarkedMissed, d.MarkedMissedUtc),
                (CalendarEventKind.WeeklyDigest, d.WeeklyDigestUtc),
            ];
            events.AddRange(weekly.Where(e => InRange(e.At)).Select(e => new CalendarEvent(e.Kind, e.At, Week: week)));
        }

        // A review happens in the month after the one it covers (checked at construction), so start one month back.
        var lastMonth = LocalMonth(toUtcInclusive);
        for (var month = LocalMonth(fromUtcExclusive).Previous(); month <= lastMonth; month = month.Next())
        {
            var at = ForMonth(month).AssembleUtc;
            if (InRange(at))
            {
                events.Add(new CalendarEvent(CalendarEventKind.MonthlyReview, at, Month: month));
            }
        }

        return [.. events.OrderBy(e => e.AtUtc).ThenBy(e => e.Kind)];
    }

    private DateTimeOffset InWeek(CalendarEventKind kind, IsoWeek week) =>
        TryInWeek(kind, week) ?? throw new InvalidOperationException($"{kind} does not occur in {week}.");

    internal DateTimeOffset? TryAssemble(YearMonth reviewedMonth) =>
        _crons[CalendarEventKind.MonthlyReview]
            .GetNextOccurrence(LocalMidnightUtc(reviewedMonth.Next().FirstDay), TimeZone, inclusive: true)?
            .ToUniversalTime();

    /// <summary>The event's first occurrence inside the week, or null when the cron skips that week.</summary>
    internal DateTimeOffset? TryInWeek(CalendarEventKind kind, IsoWeek week)
    {
        var start = LocalMidnightUtc(week.Monday);
        var end = LocalMidnightUtc(week.Monday.AddDays(7));
        var next = _crons[kind].GetNextOccurrence(start, TimeZone, inclusive: true);
        return next is { } at && at < end ? at.ToUniversalTime() : null;
    }

    private YearMonth LocalMonth(DateTimeOffset utc) =>
        YearMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, TimeZone).DateTime));

    /// <summary>The UTC instant of local 00:00 on <paramref name="date"/> (or the first valid local time after a gap).</summary>
    private DateTimeOffset LocalMidnightUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // When midnight happens twice, the week starts at the first one (the larger offset).
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
