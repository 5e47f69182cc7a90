namespace Pmo.Workflows.Orchestrations;

/// <summary>Input of a week's update cycle: the week and all its deadlines (UTC, from the calendar).</summary>
public sealed record WeeklyCycleInput(IsoWeek Week, WeekDeadlines Deadlines);

/// <summary>What the week's cycle found: one chase result per active project.</summary>
public sealed record WeeklyCycleResult(IsoWeek Week, IReadOnlyList<ChaseResult> Chases);
