using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Pmo.Storage.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqlitePortfolioStore"/> as the <see cref="IPortfolioStore"/> singleton; the container
    /// disposes it (WAL checkpoint) when the host stops.
    /// </summary>
    public static IServiceCollection AddSqlitePortfolioStore(this IServiceCollection services, Action<SqliteStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<SqliteStoreOptions>().Configure(configure).ValidateDataAnnotations();
        services.TryAddSingleton(sp => new SqlitePortfolioStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        services.TryAddSingleton<IPortfolioStore>(sp => sp.GetRequiredService<SqlitePortfolioStore>());
        return services;
    }
}
