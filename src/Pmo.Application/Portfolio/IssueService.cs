namespace Pmo.Application.Portfolio;

/// <summary>A project's issues: list, read, record and replace (ETag-checked).</summary>
public sealed class IssueService(IPortfolioStore store, ProjectService projects) : IProjectRecordService<ProjectIssue>
{
    public const string Kind = "Issue";

    public async Task<IReadOnlyList<ProjectIssue>> ListAsync(string projectId, CancellationToken cancellationToken = default)
    {
        await projects.GetAsync(projectId, cancellationToken);
        return await store.Issues.ListByProjectAsync(projectId, cancellationToken);
    }

    public Task<Versioned<ProjectIssue>> GetAsync(string projectId, string id, CancellationToken cancellationToken = default) =>
        ProjectRecords.GetAsync(store.Issues, Kind, projectId, id, x => x.ProjectId, cancellationToken);

    public Task<Versioned<ProjectIssue>> CreateAsync(string projectId, ProjectIssue record, CancellationToken cancellationToken = default) =>
        ProjectRecords.CreateAsync(store, store.Issues, projectId, record, x => x.ProjectId, Validators.Validate, cancellationToken);

    public Task<Versioned<ProjectIssue>> ReplaceAsync(string projectId, string id, ProjectIssue record, string ifMatch, CancellationToken cancellationToken = default) =>
        ProjectRecords.ReplaceAsync(store.Issues, Kind, projectId, id, record, ifMatch, x => x.ProjectId, Validators.Validate, cancellationToken);
}
