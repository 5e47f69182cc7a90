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

/// <summary>Send the e-mails of one chase step.</summary>
public sealed record ChaseMailInput(ChaseInput Chase, ChaseStep Step);

/// <summary>Record one chase step on the update request, at <see cref="At"/> (orchestration time or submission time).</summary>
public sealed record ChaseStepRecord(string ProjectId, IsoWeek Week, ChaseStep Step, DateTimeOffset At);
