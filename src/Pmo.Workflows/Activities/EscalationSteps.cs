namespace Pmo.Workflows.Activities;

/// <summary>The notices of an escalation, in order.</summary>
public enum EscalationStep
{
    /// <summary>The committee is told and given decision links.</summary>
    Notice,

    /// <summary>The SLA's first deadline passed undecided: the committee is reminded.</summary>
    Reminder,

    /// <summary>The second deadline passed: the chair is asked to convene the committee.</summary>
    Convene,
}

public sealed record EscalationStepInput(string EscalationId, EscalationStep Step);
