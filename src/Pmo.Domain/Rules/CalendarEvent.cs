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
    DateTimeOffset WeeklyDigestUtc)
{
    /// <summary>
    /// The answer deadline to name to someone writing at <paramref name="asOfUtc"/>: the first of the first reminder,
    /// the second reminder and the "missed" instant that is still ahead. A chase opened after its first-reminder time
    /// therefore asks for the answer by the second reminder, not by a time already gone. At or after the "missed"
    /// instant nothing is ahead and the final deadline is named.
    /// </summary>
    public DateTimeOffset NextAnswerDeadline(DateTimeOffset asOfUtc)
    {
        if (FirstReminderUtc > asOfUtc)
        {
            return FirstReminderUtc;
        }

        return SecondReminderUtc > asOfUtc ? SecondReminderUtc : MarkedMissedUtc;
    }
}

/// <summary>The review of <see cref="Month"/>: assembled in the following month, auto-approved after the settings' delay.</summary>
public sealed record MonthDeadlines(YearMonth Month, DateTimeOffset AssembleUtc, DateTimeOffset AutoApproveUtc);

/// <summary>The SLA instants of one escalation.</summary>
public sealed record EscalationDeadlines(DateTimeOffset CommitteeReminderUtc, DateTimeOffset ConveneUtc);
