namespace Pmo.Storage.Cosmos.Setup;

/// <summary>
/// Owns the CosmosClient and hands out the container once it is known to be there: created when
/// <see cref="CosmosStoreOptions.CreateIfNotExists"/> (dev, emulator), otherwise read once so that a wrong name or
/// a missing role fails at start with a clear error rather than on the first user request.
/// </summary>
public sealed class CosmosContainerProvider : IDisposable
{
    private readonly CosmosClient _client;
    private readonly CosmosStoreOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Container? _container;

    public CosmosContainerProvider(CosmosClient client, CosmosStoreOptions options, ILogger<CosmosContainerProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _logger = logger;
    }

    public ValueTask<Container> GetAsync(CancellationToken cancellationToken = default) =>
        _container is { } ready ? ValueTask.FromResult(ready) : new ValueTask<Container>(PrepareAsync(cancellationToken));

    public void Dispose()
    {
        _client.Dispose();
        _gate.Dispose();
    }

    // A failure is not cached: the next call tries again (the account may come up after the app).
    private async Task<Container> PrepareAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_container is { } ready)
            {
                return ready;
            }

            Container container;
            if (_options.CreateIfNotExists)
            {
                Database database = await _client.CreateDatabaseIfNotExistsAsync(_options.Database, cancellationToken: cancellationToken);
                container = await database.CreateContainerIfNotExistsAsync(ContainerLayout.Properties(_options.Container), cancellationToken: cancellationToken);
            }
            else
            {
                container = _client.GetContainer(_options.Database, _options.Container);
                await container.ReadContainerAsync(cancellationToken: cancellationToken);
            }

            CosmosLog.ContainerReady(_logger, _options.Database, _options.Container, _options.CreateIfNotExists);
            _container = container;
            return container;
        }
        finally
        {
            _gate.Release();
        }
    }
}
