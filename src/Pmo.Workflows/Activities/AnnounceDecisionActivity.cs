namespace Pmo.Workflows.Activities;

/// <summary>Tells the project manager and the PMO what the committee decided (the decision is already in the log).</summary>
public sealed class AnnounceDecisionActivity(IPortfolioStore store, MailDispatcher mail) : TaskActivity<DecisionMade, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, DecisionMade input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var escalation = (await store.Escalations.FindAsync(input.EscalationId))?.Value ?? throw new NotFoundException("Escalation", input.EscalationId);
        var decision = (await store.Decisions.FindAsync(input.DecisionId))?.Value ?? throw new NotFoundException("Decision", input.DecisionId);
        var project = (await store.Projects.FindAsync(escalation.ProjectId))?.Value ?? throw new NotFoundException("Project", escalation.ProjectId);
        var view = await GovernanceView.LoadAsync(store);

        var sent = 0;
        foreach (var recipient in view.Settings.Recipients.Pmo.Prepend(project.Manager).DistinctBy(c => c.Email, StringComparer.OrdinalIgnoreCase))
        {
            sent += await mail.SendAsync(view.Composer.DecisionRecorded(escalation, project, decision, recipient)) ? 1 : 0;
        }

        return sent;
    }
}
