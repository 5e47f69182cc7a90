namespace Pmo.Application.Ports.Storage;

public static class SettingsStoreExtensions
{
    /// <summary>The saved settings, or the defaults when none were saved.</summary>
    public static async Task<GovernanceSettings> GetOrDefaultAsync(this ISettingsStore store, CancellationToken cancellationToken = default) =>
        (await store.FindAsync(cancellationToken))?.Value ?? new GovernanceSettings();
}
