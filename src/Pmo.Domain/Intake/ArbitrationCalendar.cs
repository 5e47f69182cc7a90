namespace Pmo.Domain.Intake;

/// <summary>The UTC instants of one month's arbitration session.</summary>
public sealed record ArbitrationDates(
    YearMonth Month,
    DateTimeOffset PackSentUtc,
    DateTimeOffset ReminderUtc,
    DateTimeOffset SessionUtc)
{
    /// <summary>Votes close when the committee meets: a vote at this instant or later is refused.</summary>
    public DateTimeOffset DeadlineUtc => SessionUtc;
}

/// <summary>
/// The arbitration session's dates, computed like <see cref="Rules.GovernanceCalendar"/>: the cron is read in the
/// organisation's time zone and turned into UTC instants that orchestrations receive and never recompute.
/// </summary>
public sealed class ArbitrationCalendar
{
    private readonly IntakeSettings _settings;
    private readonly CronExpression _session;

    /// <exception cref="DomainValidationException">The time zone or the settings are invalid (named by field).</exception>
    public ArbitrationCalendar(IntakeSettings settings, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = IntakeSettingsValidator.Validate(settings);
        var zone = Rules.CalendarSettings.ParseTimeZone(timeZone, errors);
        errors.ThrowIfInvalid();
        _settings = settings;
        _session = CronExpression.Parse(settings.SessionSchedule, CronFormat.Standard);
        TimeZone = zone!;
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The session of <paramref name="month"/> (local wall clock), or null when the schedule skips that month.</summary>
    public ArbitrationDates? For(YearMonth month)
    {
        var start = LocalMidnightUtc(month.FirstDay);
        var end = LocalMidnightUtc(month.Next().FirstDay);
        if (_session.GetNextOccurrence(start, TimeZone, inclusive: true) is not { } at || at >= end)
        {
            return null;
        }

        var session = at.ToUniversalTime();
        var packSent = session - _settings.VoteWindow;
        return new ArbitrationDates(month, packSent, packSent + _settings.ReminderAfter, session);
    }

    private DateTimeOffset LocalMidnightUtc(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
