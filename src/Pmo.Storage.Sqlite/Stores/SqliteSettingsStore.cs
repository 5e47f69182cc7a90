using Pmo.Domain.Governance;

namespace Pmo.Storage.Sqlite.Stores;

/// <summary>The tenant's one settings document: created once without an ETag, then replaced with If-Match.</summary>
internal sealed class SqliteSettingsStore(SqliteDatabase database, string tenant) : ISettingsStore
{
    private readonly Documents _documents = new(database, tenant);

    public Task<Versioned<GovernanceSettings>?> FindAsync(CancellationToken cancellationToken = default) =>
        _documents.FindAsync(GovernanceSettings.SingletonId, cancellationToken);

    public async Task<Versioned<GovernanceSettings>> SaveAsync(GovernanceSettings settings, string? ifMatch, CancellationToken cancellationToken = default)
    {
        if (ifMatch is null)
        {
            return await _documents.CreateAsync(settings, cancellationToken);
        }

        try
        {
            return await _documents.ReplaceAsync(settings, ifMatch, cancellationToken);
        }
        catch (NotFoundException)
        {
            // An If-Match naming a version that does not exist fails its precondition (412), as HTTP has it.
            throw new ConcurrencyException(nameof(GovernanceSettings), GovernanceSettings.SingletonId);
        }
    }

    private sealed class Documents(SqliteDatabase database, string tenant)
        : SqliteDocumentStore<GovernanceSettings>(database, tenant, DocumentKinds.Settings)
    {
        protected override IndexColumns Index(GovernanceSettings item) => IndexColumns.None;
    }
}
