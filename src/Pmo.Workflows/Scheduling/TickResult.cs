namespace Pmo.Workflows.Scheduling;

/// <summary>What one scheduler tick did: the instances it started, those it found already running, those too late to start.</summary>
public sealed record TickResult(
    DateTimeOffset Now,
    IReadOnlyList<string> Started,
    IReadOnlyList<string> AlreadyStarted,
    IReadOnlyList<string> SkippedTooLate,
    int EventsRelayed);
