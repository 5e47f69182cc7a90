using Microsoft.Extensions.Time.Testing;
using Pmo.Hosting.Durable.Engine;

namespace Pmo.Hosting.Durable.Tests.Backend;

/// <summary>
/// An episode that outlasts half of its messages' visibility timeout has its lock renewed until it completes, so the
/// messages it is processing are not delivered a second time meanwhile.
/// </summary>
public sealed class LockRenewalTests
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_long_episode_is_renewed_each_time_half_its_lock_is_left_and_no_more_once_completed()
    {
        var time = new WatchedTimeProvider();
        var backend = new FakeBackend(time, Visibility);
        var service = new LockRenewingOrchestrationService(backend, Visibility, time);
        backend.Queue(FakeBackend.Running("weekly-2026-W49", lockedUntilUtc: time.GetUtcNow().UtcDateTime + Visibility));
        var workItem = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);
        await time.TimerCreated.WaitAsync(); // the wait until half the lock is left

        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Empty(backend.Renewed);
        time.Advance(TimeSpan.FromSeconds(1));
        await time.TimerCreated.WaitAsync(); // renewed, then waiting again
        Assert.Single(backend.Renewed);
        Assert.Equal(time.GetUtcNow().UtcDateTime + Visibility, workItem.LockedUntilUtc);

        time.Advance(TimeSpan.FromSeconds(10));
        await time.TimerCreated.WaitAsync();
        Assert.Equal(2, backend.Renewed.Count);

        await service.CompleteTaskOrchestrationWorkItemAsync(workItem, workItem.OrchestrationRuntimeState, [], [], [], null!, null!);
        time.Advance(TimeSpan.FromMinutes(5));
        await service.ReleaseTaskOrchestrationWorkItemAsync(workItem);

        Assert.Equal(2, backend.Renewed.Count);
        Assert.Same(workItem, Assert.Single(backend.Completed));
    }

    [Fact]
    public async Task A_work_item_without_a_lock_deadline_is_left_alone()
    {
        var time = new WatchedTimeProvider();
        var backend = new FakeBackend(time, Visibility);
        var service = new LockRenewingOrchestrationService(backend, Visibility, time);
        backend.Queue(FakeBackend.Running("in-memory", lockedUntilUtc: DateTime.MaxValue));

        var workItem = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        await service.ReleaseTaskOrchestrationWorkItemAsync(workItem);

        Assert.Empty(backend.Renewed);
    }
}

/// <summary>Fake time that tells the test when the code under test starts waiting on it.</summary>
internal sealed class WatchedTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero))
{
    public Signal TimerCreated { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        TimerCreated.Set();
        return timer;
    }
}
