namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteIssueStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<ProjectIssue>(database, tenant, DocumentKinds.Issue), IIssueStore
{
    private const string ByProjectSql = $"{SelectOfKind} AND project_id = $project_id ORDER BY id;";
    private const string OpenSql = $"{SelectOfKind} AND is_active = 1 ORDER BY project_id, id;";

    protected override IndexColumns Index(ProjectIssue item) => new()
    {
        ProjectId = item.ProjectId,
        Status = item.Status.ToString(),
        IsActive = item.IsOpen,
    };

    public Task<IReadOnlyList<ProjectIssue>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        QueryAsync(ByProjectSql, p => p.AddWithValue("$project_id", projectId), cancellationToken);

    public Task<IReadOnlyList<ProjectIssue>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(OpenSql, _ => { }, cancellationToken);
}
