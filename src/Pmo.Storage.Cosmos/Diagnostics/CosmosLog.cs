namespace Pmo.Storage.Cosmos.Diagnostics;

/// <summary>The store's log messages (structured, with the request charge of each operation).</summary>
internal static partial class CosmosLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Cosmos {Operation} of {Kind} for tenant {TenantId}: {Requests} request(s), {RequestUnits} RU, {Items} item(s)")]
    public static partial void Charged(ILogger logger, string operation, string kind, string tenantId, int requests, double requestUnits, int items);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Cosmos database {Database} and container {Container} are ready (created if missing: {CreateIfNotExists})")]
    public static partial void ContainerReady(ILogger logger, string database, string container, bool createIfNotExists);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Cosmos emulator mode: the self-signed certificate of {Endpoint} is accepted")]
    public static partial void EmulatorCertificateAccepted(ILogger logger, Uri endpoint);
}
