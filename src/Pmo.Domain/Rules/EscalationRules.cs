using Pmo.Domain.Governance;

namespace Pmo.Domain.Rules;

/// <summary>The default escalation rules of the management committee.</summary>
public static class EscalationRules
{
    public static IReadOnlyList<EscalationTrigger> Evaluate(EscalationFacts facts, EscalationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(thresholds);
        return [];
    }
}
