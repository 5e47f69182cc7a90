using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Tests.Samples;
using TaskFailedException = Microsoft.DurableTask.TaskFailedException;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>
/// The edges of the engine checklist on the in-memory backend: how many attempts a retry policy makes and what
/// the orchestrator is told, an answer that arrives while the wait is pending, what terminate leaves undone, what
/// purge refuses, and starts that race for one id.
/// </summary>
public class InMemoryEngineEdgeTests(InMemoryEngineFixture fixture) : IClassFixture<InMemoryEngineFixture>
{
    // Bounds a hang only: a 2-core CI box runs the other test assemblies at the same time.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private DurableTaskClient Client => fixture.Engine.Client;

    [Fact]
    public async Task A_retry_policy_of_three_attempts_makes_exactly_three_then_reports_the_failure()
    {
        fixture.Engine.Flaky.FailTimes("edge-ko", 5);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(RetryingOrchestrator), new RetryInput("edge-ko", TimeSpan.FromMilliseconds(50)));

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(2, fixture.Engine.Flaky.Left("edge-ko")); // 5 - 3 attempts
        var details = done.FailureDetails!;
        Assert.Equal(typeof(TaskFailedException).FullName, details.ErrorType);
        Assert.Contains(nameof(FlakyActivity), details.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("edge-ko is busy", details.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_orchestrator_sees_the_activity_name_and_the_original_exception()
    {
        fixture.Engine.Flaky.FailTimes("edge-caught", 3);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(CatchingOrchestrator), new RetryInput("edge-caught", TimeSpan.FromMilliseconds(50)));

        var done = await WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal($"{nameof(FlakyActivity)}|{typeof(TimeoutException).FullName}|edge-caught is busy", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_answer_raised_while_the_wait_is_pending_wins_over_the_deadline()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("edge-waiting", DateTime.UtcNow.AddHours(1)));
        await fixture.Engine.Effects.WhenRecorded("edge-waiting:reminded").WaitAsync(Patience);

        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("grace"));

        Assert.Equal("answered by grace", (await WaitAsync(id)).ReadOutputAs<string>());
        Assert.Equal(0, fixture.Engine.Effects.Calls("edge-waiting:missed"));
    }

    [Fact]
    public async Task An_answer_after_the_deadline_won_changes_nothing()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("edge-late", DateTime.UtcNow.AddMilliseconds(300)));
        Assert.Equal("missed", (await WaitAsync(id)).ReadOutputAs<string>());

        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("too late"));

        var after = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, after!.RuntimeStatus);
        Assert.Equal("missed", after.ReadOutputAs<string>());
        Assert.Equal(0, fixture.Engine.Effects.Calls("edge-late:answered by too late"));
    }

    [Fact]
    public async Task A_terminated_instance_keeps_the_reason_and_ignores_later_answers()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("edge-stop", DateTime.UtcNow.AddHours(1)));
        await fixture.Engine.Effects.WhenRecorded("edge-stop:reminded").WaitAsync(Patience);

        await Client.TerminateInstanceAsync(id, "project closed");
        var done = await WaitAsync(id);
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("after stop"));

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("project closed", done.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.DoesNotContain(fixture.Engine.Effects.Keys, key => key.StartsWith("edge-stop:", StringComparison.Ordinal) && key != "edge-stop:reminded");
    }

    [Fact]
    public async Task Purge_leaves_a_running_instance_alone()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("edge-purge-running", DateTime.UtcNow.AddHours(1)));
        await fixture.Engine.Effects.WhenRecorded("edge-purge-running:reminded").WaitAsync(Patience);

        Assert.Equal(0, (await Client.PurgeInstanceAsync(id)).PurgedInstanceCount);

        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("still here"));
        Assert.Equal("answered by still here", (await WaitAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Purge_by_filter_removes_only_finished_instances()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var finished = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CounterOrchestrator), new CounterState(0, 0));
        await WaitAsync(finished);
        var running = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("edge-purge-filter", DateTime.UtcNow.AddHours(1)));
        await Client.WaitForInstanceStartAsync(running);

        var purged = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(
            CreatedFrom: since, Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]));

        Assert.True(purged.PurgedInstanceCount >= 1);
        Assert.Null(await Client.GetInstanceAsync(finished));
        Assert.NotNull(await Client.GetInstanceAsync(running));
        await Client.TerminateInstanceAsync(running, "test over");
    }

    [Fact]
    public async Task Concurrent_starts_of_one_id_make_one_instance()
    {
        var options = new StartOrchestrationOptions { InstanceId = $"edge-race-{Guid.NewGuid():N}" };
        var input = new ChaseInput("edge-race", DateTime.UtcNow.AddHours(1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), input, options);
                return "started";
            }
            catch (OrchestrationAlreadyExistsException)
            {
                return "conflict";
            }
        }));

        Assert.Single(outcomes, outcome => outcome == "started");
        await Client.RaiseEventAsync(options.InstanceId, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("one"));
        Assert.Equal("answered by one", (await WaitAsync(options.InstanceId)).ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("edge-race:reminded"));
    }

    [Fact]
    public async Task A_finished_id_can_be_started_again()
    {
        var options = new StartOrchestrationOptions { InstanceId = $"edge-again-{Guid.NewGuid():N}" };
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CounterOrchestrator), new CounterState(0, 0), options);
        Assert.Equal(0, (await WaitAsync(options.InstanceId)).ReadOutputAs<int>());

        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CounterOrchestrator), new CounterState(5, 5), options);

        Assert.Equal(5, (await WaitAsync(options.InstanceId)).ReadOutputAs<int>());
    }

    private async Task<OrchestrationMetadata> WaitAsync(string id)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
