using DurableTask.Core;
using DurableTask.Core.History;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Backend;

/// <summary>
/// Extended sessions over the sidecar: a running orchestration released after its episode stays in memory and comes
/// back with its next messages and its history, so the backend reads no history for that episode.
/// </summary>
public sealed class ExtendedSessionTests
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_running_orchestration_comes_back_with_its_next_messages_and_its_history_in_memory()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var session = new FakeSession();
        backend.Queue(FakeBackend.Running("chase-1", session));

        var workItem = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);
        FakeBackend.RunEpisode(workItem, taskId: 0);
        var history = workItem.OrchestrationRuntimeState.Events.ToList();
        await service.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        await session.Waiting.WaitAsync();
        session.Deliver(FakeBackend.Completion("chase-1", taskId: 0));
        var again = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Same(workItem, again);
        Assert.Empty(backend.Released);
        Assert.True(again.IsExtendedSession);
        Assert.IsType<TaskCompletedEvent>(Assert.Single(again.NewMessages).Event);

        // The sidecar replays past events, then new ones: the last episode's events are now all past.
        Assert.Equal(history, again.OrchestrationRuntimeState.PastEvents);
        Assert.Empty(again.OrchestrationRuntimeState.NewEvents);
        Assert.Equal(OrchestrationStatus.Running, again.OrchestrationRuntimeState.OrchestrationStatus);
    }

    [Fact]
    public async Task A_session_idle_until_the_timeout_is_released()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var session = new FakeSession();
        backend.Queue(FakeBackend.Running("chase-1", session));
        var workItem = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);
        FakeBackend.RunEpisode(workItem, taskId: 0);

        await service.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        await session.Waiting.WaitAsync();
        Assert.Empty(backend.Released);
        session.IdleTimeout();
        await backend.ReleaseSignal.WaitAsync();

        Assert.Same(workItem, Assert.Single(backend.Released));
    }

    [Fact]
    public async Task A_completed_an_abandoned_or_a_sessionless_work_item_is_released_at_once()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var session = new FakeSession();

        var completed = await LockAsync(service, backend, FakeBackend.Running("done", session));
        completed.OrchestrationRuntimeState.AddEvent(new ExecutionCompletedEvent(1, "\"ok\"", OrchestrationStatus.Completed));
        await service.ReleaseTaskOrchestrationWorkItemAsync(completed);

        var failed = await LockAsync(service, backend, FakeBackend.Running("failed", session));
        await service.AbandonTaskOrchestrationWorkItemAsync(failed);
        await service.ReleaseTaskOrchestrationWorkItemAsync(failed);

        var inMemory = await LockAsync(service, backend, FakeBackend.Running("in-memory", session: null));
        await service.ReleaseTaskOrchestrationWorkItemAsync(inMemory);

        Assert.Equal([completed, failed, inMemory], backend.Released);
        Assert.Equal(0, session.Waits);
    }

    [Fact]
    public async Task After_a_continue_as_new_the_work_item_is_released()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var session = new FakeSession();
        var workItem = await LockAsync(service, backend, FakeBackend.Running("loop", session));

        // The sidecar replaces the runtime state with the new generation's.
        workItem.OrchestrationRuntimeState = FakeBackend.Running("loop").OrchestrationRuntimeState;
        await service.ReleaseTaskOrchestrationWorkItemAsync(workItem);

        Assert.Same(workItem, Assert.Single(backend.Released));
        Assert.Equal(0, session.Waits);
    }

    [Fact]
    public async Task A_backend_fetch_in_flight_is_not_lost_when_a_kept_session_comes_back_first()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var session = new FakeSession();
        var kept = await LockAsync(service, backend, FakeBackend.Running("kept", session));
        FakeBackend.RunEpisode(kept, taskId: 0);
        await service.ReleaseTaskOrchestrationWorkItemAsync(kept);
        await session.Waiting.WaitAsync();

        var next = service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None); // the backend has nothing yet
        session.Deliver(FakeBackend.Completion("kept", taskId: 0));
        Assert.Same(kept, await next);

        var fresh = FakeBackend.Running("fresh");
        backend.Queue(fresh);
        Assert.Same(fresh, await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_gives_back_the_messages_of_kept_sessions_and_releases_them_so_the_backend_can_drain()
    {
        var backend = new FakeBackend();
        var service = new ExtendedSessionOrchestrationService(backend, Visibility);
        var waiting = new FakeSession();
        var resumed = new FakeSession();
        backend.Stopping += waiting.IdleTimeout; // the provider's stop ends the sessions' waits
        var idle = await LockAsync(service, backend, FakeBackend.Running("idle", waiting));
        var woken = await LockAsync(service, backend, FakeBackend.Running("woken", resumed));
        FakeBackend.RunEpisode(idle, taskId: 0);
        FakeBackend.RunEpisode(woken, taskId: 0);
        await service.ReleaseTaskOrchestrationWorkItemAsync(idle);
        await service.ReleaseTaskOrchestrationWorkItemAsync(woken);
        await waiting.Waiting.WaitAsync();
        await resumed.Waiting.WaitAsync();
        resumed.Deliver(FakeBackend.Completion("woken", taskId: 0)); // fetched, not yet run

        await service.StopAsync(isForced: false);
        while (backend.Released.Count < 2)
        {
            await backend.ReleaseSignal.WaitAsync();
        }

        Assert.True(backend.Stopped);
        Assert.Equal([woken], backend.Abandoned);
        Assert.Equal(["idle", "woken"], backend.Released.Select(w => w.InstanceId).Order());
    }

    private static async Task<TaskOrchestrationWorkItem> LockAsync(
        ExtendedSessionOrchestrationService service, FakeBackend backend, TaskOrchestrationWorkItem workItem)
    {
        backend.Queue(workItem);
        return await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);
    }
}
