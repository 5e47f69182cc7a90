namespace Pmo.Application.Portfolio;

/// <summary>A project's risks: list, read, record and replace (ETag-checked).</summary>
public sealed class RiskService(IPortfolioStore store, ProjectService projects) : IProjectRecordService<Risk>
{
    public const string Kind = "Risk";

    public async Task<IReadOnlyList<Risk>> ListAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await projects.GetAsync(projectId, cancellationToken);
        return await store.Risks.ListByProjectAsync(projectId, cancellationToken);
    }

    public Task<Versioned<Risk>> GetAsync(string projectId, string id, CancellationToken cancellationToken = default) =>
        ProjectRecords.GetAsync(store.Risks, Kind, projectId, id, x => x.ProjectId, cancellationToken);

    public Task<Versioned<Risk>> CreateAsync(string projectId, Risk record, CancellationToken cancellationToken = default) =>
        ProjectRecords.CreateAsync(store, store.Risks, projectId, record, x => x.ProjectId, Validators.Validate, cancellationToken);

    public Task<Versioned<Risk>> ReplaceAsync(string projectId, string id, Risk record, string ifMatch, CancellationToken cancellationToken = default) =>
        ProjectRecords.ReplaceAsync(store.Risks, Kind, projectId, id, record, ifMatch, x => x.ProjectId, Validators.Validate, cancellationToken);
}
