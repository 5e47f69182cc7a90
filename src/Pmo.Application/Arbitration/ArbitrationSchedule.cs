namespace Pmo.Application.Arbitration;

/// <summary>
/// The arbitration sessions of the settings' calendar, as the scheduler tick, "run now" and the calendar feed need them.
/// A tenant without an arbitration committee has no sessions at all: nobody could vote, so no pack goes out, nothing is
/// stored and the calendar announces no meeting; the qualified demands wait for the first session once members are named.
/// </summary>
public static class ArbitrationSchedule
{
    /// <summary>
    /// The sessions whose pack goes out in (<paramref name="fromUtc"/>, <paramref name="toUtc"/>], as calendar events at
    /// their <see cref="ArbitrationDates.PackSentUtc"/>. The pack of a month's session may go out the month before.
    /// </summary>
    public static IEnumerable<CalendarEvent> Between(GovernanceSettings settings, DateTimeOffset fromUtc, DateTimeOffset toUtc) =>
        Shown(settings, fromUtc, toUtc).Where(e => e.Kind == CalendarEventKind.ArbitrationPackSent);

    /// <summary>
    /// What a calendar shows of the sessions in (<paramref name="fromUtc"/>, <paramref name="toUtc"/>]: the pack going
    /// out (votes open) and the committee's session (votes close), each when it falls in the range.
    /// </summary>
    public static IEnumerable<CalendarEvent> Shown(GovernanceSettings settings, DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!HasCommittee(settings))
        {
            yield break;
        }

        // A month's pack may go out the month before its session, so the walk starts a month early and ends two late.
        var calendar = new ArbitrationCalendar(settings.Intake, settings.TimeZone);
        var last = YearMonth.Of(DateOnly.FromDateTime(toUtc.UtcDateTime)).Next().Next();
        for (var month = YearMonth.Of(DateOnly.FromDateTime(fromUtc.UtcDateTime)).Previous(); month <= last; month = month.Next())
        {
            if (calendar.For(month) is not { } dates)
            {
                continue;
            }

            if (dates.PackSentUtc > fromUtc && dates.PackSentUtc <= toUtc)
            {
                yield return new CalendarEvent(CalendarEventKind.ArbitrationPackSent, dates.PackSentUtc, Month: month);
            }

            if (dates.SessionUtc > fromUtc && dates.SessionUtc <= toUtc)
            {
                yield return new CalendarEvent(CalendarEventKind.ArbitrationSession, dates.SessionUtc, Month: month);
            }
        }
    }

    /// <summary>
    /// The dates of <paramref name="month"/>'s session, or null when the schedule skips it or there is no committee. Started by hand after its
    /// deadline, the members get the full vote window (and reminder delay) from <paramref name="nowUtc"/>.
    /// </summary>
    public static ArbitrationDates? For(GovernanceSettings settings, YearMonth month, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!HasCommittee(settings))
        {
            return null;
        }

        var dates = new ArbitrationCalendar(settings.Intake, settings.TimeZone).For(month);
        if (dates is null || dates.DeadlineUtc > nowUtc)
        {
            return dates;
        }

        var intake = settings.Intake;
        return new ArbitrationDates(month, nowUtc, nowUtc + intake.ReminderAfter, nowUtc + intake.VoteWindow);
    }

    /// <summary>Whether anyone can vote: the intake settings name at least one committee member.</summary>
    public static bool HasCommittee(GovernanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Intake.ArbitrationCommittee.Count > 0;
    }
}
