namespace Pmo.Application.Ports.Workflows;

/// <summary>
/// How a project's weekly chase ended, in the PMO's words: answered on time (before the one deadline the PM is given),
/// before any reminder or after one, or missed. Stored in orchestration histories as numbers: keep the order.
/// </summary>
public enum ChaseOutcome
{
    /// <summary>Answered before the deadline without needing a reminder (or before the chase even opened).</summary>
    OnTimeBeforeReminder,

    /// <summary>Answered before the deadline, after a reminder (<see cref="Pmo.Domain.Portfolio.UpdateRequest.IsAfterReminder"/>).</summary>
    OnTimeAfterReminder,

    /// <summary>No answer by the deadline.</summary>
    Missed,

    /// <summary>The chase could not run (e.g. the project vanished); the digest says so.</summary>
    Failed,
}
