namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteEscalationStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Escalation>(database, tenant, DocumentKinds.Escalation), IEscalationStore
{
    // The set of statuses travels as one JSON array parameter, so the statement stays constant whatever its size.
    private const string ByStatusSql = $"{SelectOfKind} AND status IN (SELECT value FROM json_each($statuses)) ORDER BY id;";
    private const string ByProjectSql = $"{SelectOfKind} AND project_id = $project_id ORDER BY id;";

    protected override IndexColumns Index(Escalation item) => new()
    {
        ProjectId = item.ProjectId,
        Status = item.Status.ToString(),
        IsActive = item.IsOpen,
    };

    public async Task<IReadOnlyList<Escalation>> ListByStatusAsync(IReadOnlyCollection<EscalationStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            return [];
        }

        var names = JsonSerializer.Serialize(statuses.Select(s => s.ToString()).ToArray(), DocumentJson.Options);
        return await QueryAsync(ByStatusSql, p => p.AddWithValue("$statuses", names), cancellationToken);
    }

    public Task<IReadOnlyList<Escalation>> ListByProjectAsync(string projectId, CancellationToken cancellationToken = default) =>
        QueryAsync(ByProjectSql, p => p.AddWithValue("$project_id", projectId), cancellationToken);
}
