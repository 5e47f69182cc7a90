using Pmo.Domain.Primitives;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Workflows.Activities;

/// <summary>The steps of a weekly chase, in order.</summary>
public enum ChaseStep
{
    Invite,
    FirstReminder,
    SecondReminder,
    Missed,
    Submitted,
}

/// <summary>
/// Send the e-mails of one chase step. <see cref="AsOfUtc"/> is the orchestration's time when it asked for them, which
/// decides the deadline the e-mail names; null (inputs recorded before it existed) means the step's own scheduled time.
/// </summary>
public sealed record ChaseMailInput(ChaseInput Chase, ChaseStep Step, DateTimeOffset? AsOfUtc = null)
{
    /// <summary>When the e-mails are written, as far as the deadlines they name are concerned.</summary>
    public DateTimeOffset WrittenAtUtc() => AsOfUtc ?? Step switch
    {
        ChaseStep.FirstReminder => Chase.Deadlines.FirstReminderUtc,
        ChaseStep.SecondReminder => Chase.Deadlines.SecondReminderUtc,
        ChaseStep.Missed => Chase.Deadlines.MarkedMissedUtc,
        _ => Chase.Deadlines.ChaseOpensUtc,
    };
}

/// <summary>Record one chase step on the update request, at <see cref="At"/> (orchestration time or submission time).</summary>
public sealed record ChaseStepRecord(string ProjectId, IsoWeek Week, ChaseStep Step, DateTimeOffset At, bool Late = false);
