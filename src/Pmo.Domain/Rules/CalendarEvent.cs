using Pmo.Domain.Primitives;

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
    DateTimeOffset WeeklyDigestUtc);

/// <summary>The review of <see cref="Month"/>: assembled in the following month, auto-approved after the settings' delay.</summary>
public sealed record MonthDeadlines(YearMonth Month, DateTimeOffset AssembleUtc, DateTimeOffset AutoApproveUtc);

/// <summary>The SLA instants of one escalation.</summary>
public sealed record EscalationDeadlines(DateTimeOffset CommitteeReminderUtc, DateTimeOffset ConveneUtc);
