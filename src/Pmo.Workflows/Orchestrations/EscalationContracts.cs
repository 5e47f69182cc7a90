namespace Pmo.Workflows.Orchestrations;

/// <summary>Input of an escalation: its id and SLA instants (UTC).</summary>
public sealed record EscalationInput(string EscalationId, string ProjectId, EscalationDeadlines Deadlines);

/// <summary>How an escalation ended: the committee's decision and whether the reminder and convene notices went out.</summary>
public sealed record EscalationResult(string EscalationId, DecisionOutcome Outcome, string DecidedBy, bool Reminded, bool Convened);
