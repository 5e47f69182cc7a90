using Pmo.Domain.Intake;

namespace Pmo.Storage.Sqlite.Stores;

internal sealed class SqliteDemandStore(SqliteDatabase database, string tenant)
    : SqliteDocumentStore<Demand>(database, tenant, DocumentKinds.Demand), IDemandStore
{
    // The set of statuses travels as one JSON array parameter, so the statement stays constant whatever its size.
    private const string ByStatusSql = $"{SelectOfKind} AND status IN (SELECT value FROM json_each($statuses)) ORDER BY id;";

    protected override IndexColumns Index(Demand item) => new()
    {
        Status = item.Status.ToString(),
        IsActive = !item.Status.IsFinal(),
    };

    public async Task<IReadOnlyList<Demand>> ListByStatusAsync(IReadOnlyCollection<DemandStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            return [];
        }

        var names = JsonSerializer.Serialize(statuses.Select(s => s.ToString()).ToArray(), DocumentJson.Options);
        return await QueryAsync(ByStatusSql, p => p.AddWithValue("$statuses", names), cancellationToken);
    }
}
