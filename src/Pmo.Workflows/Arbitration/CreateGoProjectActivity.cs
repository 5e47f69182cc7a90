namespace Pmo.Workflows.Arbitration;

/// <summary>
/// Creates the project of a GO in <see cref="ProjectPhase.Approved"/>, which the next weekly cycle chases: the demand's
/// title, sponsor, department, budget, scores and duration; the sponsor stands as manager until the PMO names the PM.
/// The id is derived from the demand (<see cref="GoProjectIds"/>), so a retry finds the project instead of a copy.
/// </summary>
public sealed class CreateGoProjectActivity(IPortfolioStore store)
    : TaskActivity<GoProjectInput, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, GoProjectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var demand = (await store.Demands.FindAsync(input.DemandId))?.Value ?? throw new NotFoundException("Demand", input.DemandId);
        var projectId = GoProjectIds.For(demand.Id);
        if (await store.Projects.FindAsync(projectId) is null)
        {
            var session = (await store.ArbitrationSessions.FindAsync(input.Month))?.Value ?? throw new NotFoundException("ArbitrationSession", input.Month.ToString());
            var view = await GovernanceView.LoadAsync(store);
            try
            {
                await store.Projects.CreateAsync(ProjectOf(demand, projectId, session.DeadlineUtc, view.Calendar.TimeZone));
            }
            catch (AlreadyExistsException)
            {
                // An earlier attempt created it after our read.
            }
        }

        await DemandMoves.EditAsync(store.Demands, demand.Id, d => d.ProjectId == projectId ? null : d with { ProjectId = projectId });
        return projectId;
    }

    private static Project ProjectOf(Demand demand, string projectId, DateTimeOffset decidedUtc, TimeZoneInfo zone)
    {
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(decidedUtc, zone).DateTime);
        var budget = demand.EstimatedBudget;
        return new Project
        {
            Id = projectId,
            Name = demand.Title,
            Description = demand.BusinessCase,
            Department = demand.Department,
            Sponsor = demand.Sponsor,
            Manager = demand.Sponsor,
            Phase = ProjectPhase.Approved,
            Priority = demand.Scores,
            Budget = new Budget(budget.Amount, 0, budget.Amount, budget.Currency),
            Start = start,
            BaselineEnd = start.AddMonths(Math.Max(1, demand.EstimatedDurationMonths)),
        };
    }
}
