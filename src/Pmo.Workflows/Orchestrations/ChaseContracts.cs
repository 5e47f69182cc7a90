namespace Pmo.Workflows.Orchestrations;

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
