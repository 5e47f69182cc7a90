using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;

namespace Pmo.Workflows.Orchestrations;

/// <summary>How a project's weekly chase ended.</summary>
public enum ChaseOutcome
{
    OnTime,
    Late,
    Missed,

    /// <summary>The chase could not run (e.g. the project vanished); the digest says so.</summary>
    Failed,
}

/// <summary>Input of one project's chase: the week and its deadlines (UTC, from the calendar).</summary>
public sealed record ChaseInput(string ProjectId, IsoWeek Week, WeekDeadlines Deadlines);

/// <summary>Result of one project's chase; <see cref="Escalations"/> are the ids of escalations it raised.</summary>
public sealed record ChaseResult(
    string ProjectId,
    IsoWeek Week,
    ChaseOutcome Outcome,
    DateTimeOffset? SubmittedAt,
    IReadOnlyList<string> Escalations);
