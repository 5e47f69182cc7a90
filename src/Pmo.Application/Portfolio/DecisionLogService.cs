namespace Pmo.Application.Portfolio;

/// <summary>A project's decision log: list, read, record and replace (ETag-checked).</summary>
public sealed class DecisionLogService(IPortfolioStore store, ProjectService projects) : IProjectRecordService<Decision>
{
    public const string Kind = "Decision";

    public async Task<IReadOnlyList<Decision>> ListAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await projects.GetAsync(projectId, cancellationToken);
        return await store.Decisions.ListByProjectAsync(projectId, cancellationToken);
    }

    public Task<Versioned<Decision>> GetAsync(string projectId, string id, CancellationToken cancellationToken = default) =>
        ProjectRecords.GetAsync(store.Decisions, Kind, projectId, id, x => x.ProjectId, cancellationToken);

    public Task<Versioned<Decision>> CreateAsync(string projectId, Decision record, CancellationToken cancellationToken = default) =>
        ProjectRecords.CreateAsync(store, store.Decisions, projectId, record, x => x.ProjectId, Validators.Validate, cancellationToken);

    public Task<Versioned<Decision>> ReplaceAsync(string projectId, string id, Decision record, string ifMatch, CancellationToken cancellationToken = default) =>
        ProjectRecords.ReplaceAsync(store.Decisions, Kind, projectId, id, record, ifMatch, x => x.ProjectId, Validators.Validate, cancellationToken);
}
