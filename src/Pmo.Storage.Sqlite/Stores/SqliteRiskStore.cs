namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteRiskStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Risk>(database, tenant, DocumentKinds.Risk), IRiskStore
{
    private const string ByProjectSql = $"{SelectOfKind} AND project_id = $project_id ORDER BY id;";
    private const string OpenSql = $"{SelectOfKind} AND is_active = 1 ORDER BY project_id, id;";

    protected override IndexColumns Index(Risk item) => new()
    {
        ProjectId = item.ProjectId,
        Status = item.Status.ToString(),
        IsActive = item.IsOpen,
    };

    public Task<IReadOnlyList<Risk>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        QueryAsync(ByProjectSql, p => p.AddWithValue("$project_id", projectId), cancellationToken);

    public Task<IReadOnlyList<Risk>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(OpenSql, _ => { }, cancellationToken);
}
