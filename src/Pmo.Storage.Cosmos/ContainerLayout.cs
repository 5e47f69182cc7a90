using System.Collections.ObjectModel;

namespace Pmo.Storage.Cosmos;

/// <summary>
/// The one container every tenant shares: partitioned by tenant, so that every query of a store stays in one
/// logical partition; indexed only where queries look (kind and the "q" fields), since every indexed path
/// adds to the request units of each write.
/// </summary>
public static class ContainerLayout
{
    public const string PartitionKeyProperty = "tenantId";
    public const string PartitionKeyPath = "/" + PartitionKeyProperty;

    public static ContainerProperties Properties(string containerName)
    {
        var properties = new ContainerProperties(containerName, PartitionKeyPath)
        {
            IndexingPolicy = new IndexingPolicy { Automatic = true, IndexingMode = IndexingMode.Consistent },
        };
        foreach (var path in IndexedPaths)
        {
            properties.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = path });
        }

        properties.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return properties;
    }

    /// <summary>The paths the store's queries filter or sort on; infra/ declares the same policy.</summary>
    public static ReadOnlyCollection<string> IndexedPaths { get; } = new(["/tenantId/?", "/kind/?", "/q/*"]);
}
