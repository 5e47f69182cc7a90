namespace Pmo.Storage.Cosmos;

/// <summary>Where the Cosmos store lives and how it signs in (configuration section "Storage:Cosmos" by convention).</summary>
public sealed class CosmosStoreOptions
{
    /// <summary>The account's endpoint, e.g. https://pmo-prod.documents.azure.com:443/.</summary>
    public Uri? AccountEndpoint { get; set; }

    /// <summary>Account key (emulator, dev). When empty the store signs in with DefaultAzureCredential (managed identity).</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "pmo";

    public string Container { get; set; } = "portfolio";

    /// <summary>The organisation this host serves: the partition key value of all its documents.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Create the database and container at start when missing (dev, emulator). In Azure, infra/ creates them.</summary>
    public bool CreateIfNotExists { get; set; }

    /// <summary>
    /// Talk to a local emulator: Gateway mode, this endpoint only, and its self-signed certificate accepted.
    /// Only allowed with a loopback endpoint and a key.
    /// </summary>
    public bool Emulator { get; set; }
}
