using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Pmo.Storage.Cosmos.Setup;

public static class CosmosServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Cosmos store of the configured tenant as <see cref="IPortfolioStore"/>, bound to
    /// <paramref name="section"/> (e.g. "Storage:Cosmos"), its options validated and its container reached at start.
    /// </summary>
    public static IServiceCollection AddCosmosPortfolioStore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<CosmosStoreOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CosmosStoreOptions>, CosmosStoreOptionsValidator>());
        services.TryAddSingleton<ICosmosRequestCharges, CosmosRequestCharges>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CosmosStoreOptions>>().Value;
            var client = CosmosClientFactory.Create(options, sp.GetRequiredService<ILogger<CosmosContainerProvider>>());
            return new CosmosContainerProvider(client, options, sp.GetRequiredService<ILogger<CosmosContainerProvider>>());
        });
        services.TryAddSingleton<CosmosPortfolioStoreFactory>();
        services.TryAddSingleton(sp => sp.GetRequiredService<CosmosPortfolioStoreFactory>()
            .ForTenant(sp.GetRequiredService<IOptions<CosmosStoreOptions>>().Value.TenantId));
        services.AddHostedService<CosmosStoreStartup>();
        return services;
    }
}
