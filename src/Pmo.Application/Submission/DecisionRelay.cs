namespace Pmo.Application.Submission;

/// <summary>
/// Re-raises decisions whose orchestration is still waiting (the event was lost to a crash between the write and
/// the raise). Duplicates are harmless: each orchestration takes the first event only.
/// </summary>
public sealed class DecisionRelay(IPortfolioStore store, IWorkflowSignals workflows, DecisionService decisions)
{
    public async Task<int> RelayAsync(CancellationToken cancellationToken = default)
    {
        var raised = 0;
        foreach (var escalation in await store.Escalations.ListByStatusAsync([EscalationStatus.Decided], cancellationToken))
        {
            if (escalation.DecisionId is null || !await IsWaitingAsync(InstanceIds.Escalation(escalation.Id), cancellationToken))
            {
                continue;
            }

            var decision = await store.Decisions.FindAsync(escalation.DecisionId, cancellationToken);
            if (decision is not null)
            {
                await decisions.TellEscalationAsync(decision.Value, cancellationToken);
                raised++;
            }
        }

        foreach (var pack in await store.ReviewPacks.ListRecentAsync(3, cancellationToken))
        {
            if (pack.Status == ReviewPackStatus.Approved && await IsWaitingAsync(InstanceIds.Review(pack.Month), cancellationToken))
            {
                await decisions.TellReviewAsync(pack, cancellationToken);
                raised++;
            }
        }

        return raised;
    }

    private async Task<bool> IsWaitingAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instance = await workflows.FindAsync(instanceId, cancellationToken);
        return instance is { IsRunning: true };
    }
}
