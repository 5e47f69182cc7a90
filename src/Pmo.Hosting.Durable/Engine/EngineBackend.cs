using DurableTask.AzureStorage;
using Microsoft.DurableTask.Testing.Sidecar;
using Pmo.Hosting.Durable.Azurite;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>The orchestration store behind the sidecar: in-memory, or Azure Storage on Azurite or a connection string.</summary>
internal sealed class EngineBackend : IAsyncDisposable
{
    private readonly AzuriteServer? _azurite;

    // In-memory work items are only in-process hand-offs; the Azure Storage provider keeps its own limits (100 / 10 per core).
    private const int InMemoryWorkItemLimit = 100;

    private EngineBackend(
        IOrchestrationService service, IOrchestrationServiceClient client, AzuriteServer? azurite, int? workItemLimit = null, Func<IOrchestrationService, IOrchestrationService>? dispatch = null)
    {
        Service = new StopAwareOrchestrationService(service, workItemLimit);
        Dispatched = dispatch?.Invoke(Service) ?? Service;
        Client = client;
        _azurite = azurite;
    }

    public StopAwareOrchestrationService Service { get; }

    /// <summary>What the sidecar dispatches from: <see cref="Service"/>, on Azure Storage with episode locks renewed, extended sessions and activities fetched ahead.</summary>
    public IOrchestrationService Dispatched { get; }

    public IOrchestrationServiceClient Client { get; }

    public static async Task<EngineBackend> CreateAsync(DurableEngineOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (options.Backend == DurableBackend.InMemory)
        {
            var memory = new InMemoryOrchestrationService(loggerFactory);
            return new EngineBackend(memory, new EngineOrchestrationClient(memory, statusPollingInterval: null), azurite: null, InMemoryWorkItemLimit);
        }

        AzuriteServer? azurite = null;
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            azurite = await AzuriteServer.StartOrReuseAsync(options, loggerFactory.CreateLogger<AzuriteServer>(), cancellationToken);
            connectionString = azurite.Endpoints.ConnectionString;
        }

        try
        {
            var storage = new AzureStorageOrchestrationService(AzureStorageSettings.Create(options, connectionString, loggerFactory));
            await storage.CreateIfNotExistsAsync();
            return new EngineBackend(storage, new EngineOrchestrationClient(storage, options.StatusPollingInterval), azurite, dispatch: backend =>
            {
                var visibility = options.ControlQueueVisibilityTimeout;
                var activities = options.ActivityFetchers > 1 ? new ActivityPrefetchingOrchestrationService(backend, options.ActivityFetchers) : backend;
                var sessions = options.ExtendedSessionIdleTimeout > TimeSpan.Zero ? new ExtendedSessionOrchestrationService(activities, visibility) : activities;
                return new LockRenewingOrchestrationService(sessions, visibility);
            });
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Waits for the sidecar to stop the backend (leases released, in-flight work done), within bounds.</summary>
    public async Task WaitUntilStoppedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Service.WasStarted)
        {
            return;
        }

        try
        {
            await Service.Stopped.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // Leases then expire on their own and unfinished messages reappear after their visibility timeout.
        }
    }

    /// <summary>Stops the engine's Azurite, if it started one, once the backend is done with it.</summary>
    public async ValueTask DisposeAsync()
    {
        await WaitUntilStoppedAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
