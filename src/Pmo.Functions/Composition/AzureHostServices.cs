using Pmo.Storage.Blobs;
using Pmo.Storage.Blobs.Setup;
using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Functions.Composition;

/// <summary>
/// The Azure host's services: Application Insights when configured, the Cosmos DB store ("Storage:Cosmos" section, as in local.settings.sample.json; with no
/// key it signs in with DefaultAzureCredential, i.e. the app's managed identity), review packs in Blob Storage ("Packs")
/// and everything the functions need.
/// </summary>
public static class AzureHostServices
{
    public const string CosmosSection = "Storage:Cosmos";

    public static IServiceCollection AddPmoAzureHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services
            .AddPmoTelemetry(configuration)
            .AddCosmosPortfolioStore(configuration.GetSection(CosmosSection))
            // Before AddPmoFunctions: its folder archive is a default only, and the app folder is read-only on Flex.
            .AddBlobReviewPackArchive(configuration.GetSection(BlobPackOptions.SectionName))
            .AddPmoFunctions(configuration);
    }
}
