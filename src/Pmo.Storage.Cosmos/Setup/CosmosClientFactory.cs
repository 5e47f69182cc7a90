using System.Net.Security;
using Azure.Identity;
using Pmo.Storage.Cosmos.Serialization;

namespace Pmo.Storage.Cosmos.Setup;

/// <summary>Builds the process's one CosmosClient (it pools connections and caches routing: never one per request).</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosStoreOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.AccountEndpoint ?? throw new ArgumentException("AccountEndpoint is required.", nameof(options));
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "pmo-functions",
            Serializer = new SystemTextJsonCosmosSerializer(CosmosJson.Options),

            // Writes return no body: the ETag header is all the store needs (less bandwidth, same RU).
            EnableContentResponseOnWrite = false,
        };

        if (options.Emulator)
        {
            // The emulator speaks the gateway protocol only, from this one address.
            clientOptions.ConnectionMode = ConnectionMode.Gateway;
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new EmulatorOnlyHandler(endpoint, new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = AcceptLoopbackCertificate },
            }));
            CosmosLog.EmulatorCertificateAccepted(logger, endpoint);
        }

        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(endpoint.AbsoluteUri, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(endpoint.AbsoluteUri, options.Key, clientOptions);
    }

    /// <summary>
    /// A valid certificate, or any certificate of a loopback server: the emulator's is self-signed. Only reached when
    /// Emulator is on, which the options validator allows with a loopback endpoint only.
    /// </summary>
    private static bool AcceptLoopbackCertificate(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate, System.Security.Cryptography.X509Certificates.X509Chain? chain, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None || (sender is SslStream { TargetHostName: var host } && IsLoopback(host));

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
