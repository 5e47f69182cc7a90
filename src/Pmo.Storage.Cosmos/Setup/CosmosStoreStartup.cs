using Microsoft.Extensions.Hosting;

namespace Pmo.Storage.Cosmos.Setup;

/// <summary>Reaches the container when the host starts: a wrong endpoint, name or role fails the start, not a request.</summary>
internal sealed class CosmosStoreStartup(CosmosContainerProvider containers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await containers.GetAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
