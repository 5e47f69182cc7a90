using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>The real engine (sidecar, worker, client) on the in-memory backend, with second-scale deadlines.</summary>
public class InMemoryEngineTests(InMemoryEngineFixture fixture) : IClassFixture<InMemoryEngineFixture>
{
    // Bounds a hang only: a 2-core CI box runs the other test assemblies at the same time.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private DurableTaskClient Client => fixture.Engine.Client;

    [Fact]
    public async Task Chase_answered_before_the_deadline_completes_as_answered()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("mem-answered", DateTime.UtcNow.AddHours(1)));
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("ada"));

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("answered by ada", done.ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("mem-answered:answered by ada"));
    }

    [Fact]
    public async Task Chase_deadline_first_completes_as_missed()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("mem-missed", DateTime.UtcNow.AddSeconds(1)));

        var done = await WaitAsync(id);

        Assert.Equal("missed", done.ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("mem-missed:missed"));
    }

    [Fact]
    public async Task An_event_raised_before_the_wait_is_delivered()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(LateListenerOrchestrator), TimeSpan.FromSeconds(1));
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("early"));

        Assert.Equal("early", (await WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_event_sent_after_its_wait_was_cancelled_is_kept_for_the_next_wait()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(TwoRoundsOrchestrator), TimeSpan.FromSeconds(1));
        await fixture.Engine.Effects.WhenRecorded($"{id}:paused").WaitAsync(Patience);
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("during the pause"));

        Assert.Equal("round two: during the pause", (await WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task The_latest_of_two_waits_gets_the_event()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(TwoWaitersOrchestrator), "x");
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("one"));

        Assert.Equal("latest wait", (await WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminate_ends_a_waiting_instance()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("terminated", DateTime.UtcNow.AddHours(1)));
        await Client.WaitForInstanceStartAsync(id);

        await Client.TerminateInstanceAsync(id, "no longer needed");

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await WaitAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task Activity_retries_then_succeeds()
    {
        fixture.Engine.Flaky.FailTimes("retry-ok", 2);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(RetryingOrchestrator), new RetryInput("retry-ok", TimeSpan.FromMilliseconds(100)));

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("retry-ok", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Activity_failing_every_retry_fails_the_instance_with_details()
    {
        fixture.Engine.Flaky.FailTimes("retry-ko", 3);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(RetryingOrchestrator), new RetryInput("retry-ko", TimeSpan.FromMilliseconds(100)));

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.NotNull(done.FailureDetails);
        Assert.Contains("retry-ko is busy", done.FailureDetails.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sub_orchestrations_fan_out_and_in()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutOrchestrator), new[] { "fa", "fb", "fc" });

        var done = await WaitAsync(id);

        Assert.Equal(["fa:child", "fb:child", "fc:child"], done.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task Continue_as_new_carries_state_and_custom_status()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CounterOrchestrator), new CounterState(0, 3));

        var done = await WaitAsync(id);

        Assert.Equal(3, done.ReadOutputAs<int>());
        Assert.Equal(3, done.ReadCustomStatusAs<int>());
    }

    [Fact]
    public async Task Starting_an_id_that_is_running_is_a_conflict_not_a_duplicate()
    {
        var options = new StartOrchestrationOptions { InstanceId = $"dup-{Guid.NewGuid():N}" };
        var input = new ChaseInput("dup", DateTime.UtcNow.AddHours(1));
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), input, options);

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), input, options));

        await Client.RaiseEventAsync(options.InstanceId, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("one"));
        Assert.Equal("answered by one", (await WaitAsync(options.InstanceId)).ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("dup:reminded"));
    }

    [Fact]
    public async Task Completed_instances_can_be_queried_and_purged()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("purge", DateTime.UtcNow));
        await WaitAsync(id);

        var found = new List<string>();
        await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = id }))
        {
            found.Add(instance.InstanceId);
        }

        Assert.Equal([id], found);

        var purged = await Client.PurgeInstanceAsync(id);
        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(id));
    }

    private async Task<OrchestrationMetadata> WaitAsync(string id)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
