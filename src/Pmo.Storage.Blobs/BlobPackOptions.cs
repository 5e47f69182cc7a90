namespace Pmo.Storage.Blobs;

/// <summary>Where the Azure host keeps review packs, bound from the "Packs" section (app settings <c>Packs__*</c>).</summary>
public sealed class BlobPackOptions
{
    public const string SectionName = "Packs";

    /// <summary>
    /// The account's blob endpoint, e.g. https://&lt;account&gt;.blob.core.windows.net, reached with DefaultAzureCredential
    /// (in Azure the app's user-assigned identity, picked by AZURE_CLIENT_ID). A string, not a Uri, so the sample's
    /// placeholder binds and is only parsed when it is used.
    /// </summary>
    public string? BlobServiceUri { get; set; }

    /// <summary>A connection string, for Azurite only (local runs, tests); wins over <see cref="BlobServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    public string ContainerName { get; set; } = "packs";
}
