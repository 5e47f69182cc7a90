using Pmo.Domain.Governance;

namespace Pmo.Storage.Cosmos.Stores;

/// <summary>The tenant's one settings document: created once without an ETag, then replaced with If-Match.</summary>
internal sealed class CosmosSettingsStore(TenantPartition partition) : ISettingsStore
{
    private static readonly Dictionary<string, object?> NoQueryFields = [];

    public Task<Versioned<GovernanceSettings>?> FindAsync(CancellationToken cancellationToken = default) =>
        partition.ReadAsync<GovernanceSettings>(DocumentKind.Settings, GovernanceSettings.SingletonId, cancellationToken);

    public async Task<Versioned<GovernanceSettings>> SaveAsync(GovernanceSettings settings, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (ifMatch is null)
        {
            return await partition.CreateAsync(DocumentKind.Settings, settings.Id, settings, NoQueryFields, cancellationToken);
        }

        try
        {
            return await partition.ReplaceAsync(DocumentKind.Settings, settings.Id, settings, NoQueryFields, ifMatch, cancellationToken);
        }
        catch (NotFoundException)
        {
            // If-Match on a resource that does not exist fails its precondition (RFC 9110 §13.1.1).
            throw new ConcurrencyException(DocumentKind.Settings.Name, settings.Id);
        }
    }
}
