using Pmo.Storage.Sqlite;

namespace Pmo.Local.Composition;

/// <summary>The store port: SQLite under the data folder by default ("Storage" section).</summary>
public static class StorageComposition
{
    public static IServiceCollection AddLocalStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection("Storage");
        var provider = storage["Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not supported by the local host; use Sqlite.");
        }

        var path = storage["Sqlite:DatabasePath"] ?? throw new InvalidOperationException("Storage:Sqlite:DatabasePath is required.");
        var tenant = storage["TenantId"] ?? "default";
        return services.AddSqlitePortfolioStore(o =>
        {
            o.DatabasePath = path;
            o.TenantId = tenant;
        });
    }
}
