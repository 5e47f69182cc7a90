using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;

namespace Pmo.Workflows.Orchestrations;

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

/// <summary>How a chase groups its work into activities (see <see cref="ChaseOrchestrator"/>).</summary>
public enum ChaseSteps
{
    /// <summary>
    /// One activity per action (open, invite, record, send, evaluate): the shape of chases started before the
    /// combined steps existed, kept so that an instance still running from then replays as it was recorded.
    /// </summary>
    Separate,

    /// <summary>One activity per step of the chase (open and invite; record a step, send its e-mails, run the rules).</summary>
    Combined,
}

/// <summary>
/// Input of one project's chase: the week and its deadlines (UTC, from the calendar). <see cref="Steps"/> is absent from
/// the inputs of chases started before it existed, hence its default; the weekly cycle starts
/// <see cref="ChaseSteps.Combined"/> chases.
/// </summary>
public sealed record ChaseInput(string ProjectId, IsoWeek Week, WeekDeadlines Deadlines, ChaseSteps Steps = ChaseSteps.Separate);

/// <summary>Result of one project's chase; <see cref="Escalations"/> are the ids of escalations it raised.</summary>
public sealed record ChaseResult(
    string ProjectId,
    IsoWeek Week,
    ChaseOutcome Outcome,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<string> Escalations);
