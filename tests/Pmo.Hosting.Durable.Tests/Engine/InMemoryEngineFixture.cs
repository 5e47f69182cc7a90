namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>One in-memory engine shared by a test class; each test uses its own instance ids.</summary>
public sealed class InMemoryEngineFixture : IAsyncLifetime
{
    public EngineHost Engine { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Engine = await EngineHost.StartAsync(options => options.Backend = DurableBackend.InMemory);

    public async Task DisposeAsync() => await Engine.DisposeAsync();
}
