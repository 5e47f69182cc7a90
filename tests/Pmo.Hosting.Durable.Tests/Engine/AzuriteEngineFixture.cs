namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>One engine on its own Azurite (started by the engine) shared by a test class.</summary>
public sealed class AzuriteEngineFixture : IAsyncLifetime, IDisposable
{
    private readonly TestDataFolder _data = new();

    public EngineHost Engine { get; private set; } = null!;

    public TimeSpan StartUp { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Engine = await EngineHost.StartAsync(options => options.DataFolder = _data.Path);
        StartUp = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        await Engine.DisposeAsync();
        _data.Dispose();
    }

    public void Dispose() => _data.Dispose();
}
