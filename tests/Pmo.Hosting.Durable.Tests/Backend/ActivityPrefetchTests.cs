using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Backend;

/// <summary>
/// Activities are fetched with several requests in flight, a few fetched ahead at most, and what was fetched ahead
/// goes back to the queue when the engine stops.
/// </summary>
public sealed class ActivityPrefetchTests
{
    [Fact]
    public async Task One_fetch_from_the_sidecar_keeps_as_many_fetches_in_flight_as_configured()
    {
        var backend = new FakeBackend();
        var service = new ActivityPrefetchingOrchestrationService(backend, fetchers: 4);
        using var stop = new CancellationTokenSource();

        var first = service.LockNextTaskActivityWorkItem(TimeSpan.Zero, stop.Token);
        while (backend.ActivityFetchesWaiting < 4)
        {
            await backend.ActivityFetchSignal.WaitAsync();
        }

        backend.QueueActivity("a1");
        Assert.Equal("a1", (await first).Id);
        await stop.CancelAsync();
        await service.StopAsync(isForced: false);
    }

    [Fact]
    public async Task At_most_twice_the_fetchers_wait_fetched_and_they_go_back_to_the_queue_at_stop()
    {
        var backend = new FakeBackend();
        var service = new ActivityPrefetchingOrchestrationService(backend, fetchers: 2);
        using var stop = new CancellationTokenSource();
        for (var i = 0; i < 10; i++)
        {
            backend.QueueActivity($"a{i}");
        }

        var taken = await service.LockNextTaskActivityWorkItem(TimeSpan.Zero, stop.Token);

        // One taken, two in the buffer, one held by each blocked fetch loop: then nothing more is fetched.
        while (backend.ActivitiesHandedOut < 5)
        {
            await backend.ActivityFetchSignal.WaitAsync();
        }

        await stop.CancelAsync();
        await service.StopAsync(isForced: false);

        Assert.Equal("a0", taken.Id);
        Assert.Equal(5, backend.ActivitiesHandedOut);
        Assert.Equal(["a1", "a2", "a3", "a4"], backend.AbandonedActivities.Select(a => a.Id).Order());
        Assert.True(backend.Stopped);
    }
}
