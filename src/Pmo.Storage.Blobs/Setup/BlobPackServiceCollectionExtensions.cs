using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pmo.Application.Packs;

namespace Pmo.Storage.Blobs.Setup;

public static class BlobPackServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BlobReviewPackArchive"/> as the <see cref="IReviewPackArchive"/>, bound to
    /// <paramref name="section"/> ("Packs"), its options validated at start. Call it before AddPmoApplication, whose
    /// folder archive is only a default (TryAdd).
    /// </summary>
    public static IServiceCollection AddBlobReviewPackArchive(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<BlobPackOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BlobPackOptions>, BlobPackOptionsValidator>());

        // One client per process: it pools connections and caches the token.
        services.TryAddSingleton(sp => new BlobReviewPackArchive(ContainerOf(sp.GetRequiredService<IOptions<BlobPackOptions>>().Value)));
        services.TryAddSingleton<IReviewPackArchive>(sp => sp.GetRequiredService<BlobReviewPackArchive>());
        return services;
    }

    internal static BlobContainerClient ContainerOf(BlobPackOptions options)
    {
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.BlobServiceUri!, UriKind.Absolute), new DefaultAzureCredential())
            : new BlobServiceClient(options.ConnectionString);
        return service.GetBlobContainerClient(options.ContainerName);
    }
}
