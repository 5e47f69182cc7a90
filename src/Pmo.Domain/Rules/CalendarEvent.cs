namespace Pmo.Domain.Rules;

/// <summary>The events of the governance calendar the scheduler tick acts on.</summary>
public enum CalendarEventKind
{
    ChaseOpens,
    FirstReminder,
    SecondReminder,
    MarkedMissed,
    WeeklyDigest,
    MonthlyReview,

    /// <summary>The arbitration pack goes out (the session's vote window opens); carries the session's month.</summary>
    ArbitrationPackSent,

    /// <summary>The arbitration committee meets and its votes close; carries the session's month. Shown, not scheduled.</summary>
    ArbitrationSession,
}

/// <summary>One due event: weekly events carry their ISO week, the monthly review carries the month reviewed.</summary>
public sealed record CalendarEvent(CalendarEventKind Kind, DateTimeOffset AtUtc, IsoWeek? Week = null, YearMonth? Month = null);

/// <summary>The UTC instants of one week's update cycle.</summary>
public sealed record WeekDeadlines(
    IsoWeek Week,
    DateTimeOffset ChaseOpensUtc,
    DateTimeOffset FirstReminderUtc,
    DateTimeOffset SecondReminderUtc,
    DateTimeOffset MarkedMissedUtc,
    DateTimeOffset WeeklyDigestUtc)
{
    /// <summary>
    /// The one deadline a project manager is given for the week's update: the "missed" instant, the last moment an
    /// answer counts (from then on the form refuses it and the PMO is told the update is missing). The invitation, both
    /// reminders, the form and the link's validity all name this instant; the reminders are nudges before it: an answer
    /// before it is on time, and the PMO is told whether it came before any reminder or after one
    /// (<see cref="Portfolio.UpdateRequest.AnsweredAfterReminder"/>).
    /// </summary>
    public DateTimeOffset AnswerDeadlineUtc() => MarkedMissedUtc;
}

/// <summary>The review of <see cref="Month"/>: assembled in the following month, auto-approved after the settings' delay.</summary>
public sealed record MonthDeadlines(YearMonth Month, DateTimeOffset AssembleUtc, DateTimeOffset AutoApproveUtc);

/// <summary>The SLA instants of one escalation.</summary>
public sealed record EscalationDeadlines(DateTimeOffset CommitteeReminderUtc, DateTimeOffset ConveneUtc);
