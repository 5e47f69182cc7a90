using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Pmo.Hosting.Durable.Testing;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Harness;

public class HarnessBehaviourTests
{
    private static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private readonly EffectLog _effects = new();
    private readonly OrchestrationHarness _harness;

    public HarnessBehaviourTests()
    {
        _harness = new OrchestrationHarness
        {
            Services = new ServiceCollection().AddSingleton(_effects).BuildServiceProvider(),
        }.AddTasks(registry => registry
            .AddActivity<RecordEffect>()
            .AddOrchestrator<ChildOrchestrator>());
    }

    [Fact]
    public async Task Retry_policy_waits_on_virtual_timers_between_attempts()
    {
        var attempts = 0;
        _harness.OnActivity<string, string>(RetryingOrchestrator.FlakyActivity, input => ++attempts < 3 ? throw new TimeoutException("busy") : input);

        var run = _harness.Start(new RetryingOrchestrator(), new RetryInput("x", TimeSpan.FromSeconds(10)), Start);
        Assert.Equal([Start.AddSeconds(10)], run.PendingTimers);
        run.AdvanceBy(TimeSpan.FromSeconds(10));
        Assert.Equal([Start.AddSeconds(30)], run.PendingTimers);
        run.AdvanceBy(TimeSpan.FromSeconds(20));

        Assert.Equal("x", await run.Completion);
        Assert.Equal([1, 2, 3], run.ActivityCalls(RetryingOrchestrator.FlakyActivity).Select(a => a.Attempt));
        Assert.All(run.Actions.OfType<TaskAttemptFailed>(), f => Assert.Equal(typeof(TimeoutException).FullName, f.ErrorType));
    }

    [Fact]
    public async Task Exhausted_retries_fail_the_orchestration_with_failure_details()
    {
        _harness.OnActivity<string, string>(RetryingOrchestrator.FlakyActivity, _ => throw new InvalidOperationException("down"));

        var run = _harness.Start(new RetryingOrchestrator(), new RetryInput("x", TimeSpan.FromSeconds(10)), Start).RunToCompletion();

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => run.Completion);
        Assert.Equal(RetryingOrchestrator.FlakyActivity, failure.TaskName);
        Assert.True(failure.FailureDetails.IsCausedBy<InvalidOperationException>());
        Assert.Equal("down", failure.FailureDetails.ErrorMessage);
        Assert.Equal(3, run.ActivityCalls(RetryingOrchestrator.FlakyActivity).Count);
    }

    [Fact]
    public async Task An_event_raised_before_the_wait_is_kept_until_the_wait()
    {
        var run = _harness.Start(new LateListenerOrchestrator(), TimeSpan.FromHours(1), Start);
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("early"));
        run.AdvanceBy(TimeSpan.FromHours(1));

        Assert.Equal("early", await run.Completion);
    }

    [Fact]
    public async Task Sub_orchestrations_fan_out_and_in_with_their_own_instances()
    {
        var run = _harness.Start(new FanOutOrchestrator(), ["a", "b", "c"], Start, instanceId: "fan");

        Assert.Equal(["a:child", "b:child", "c:child"], (await run.Completion)!);
        Assert.Equal(["fan-a", "fan-b", "fan-c"], run.Actions.OfType<SubOrchestrationCalled>().Select(s => s.ChildInstanceId));
        Assert.Equal("fan", run.Instance("fan-b").Parent?.InstanceId);
        Assert.Equal(3, _effects.Keys.Count);
    }

    [Fact]
    public async Task Continue_as_new_restarts_with_the_new_input()
    {
        var run = _harness.Start(new CounterOrchestrator(), new CounterState(0, 3), Start);

        Assert.Equal(3, await run.Completion);
        Assert.Equal(3, run.Actions.OfType<ContinuedAsNew>().Count());
        Assert.Equal(3, run.GetCustomStatus<int>());
    }

    [Fact]
    public void Starting_a_running_instance_id_again_is_a_conflict()
    {
        _harness.Start(new ChaseOrchestrator(), new ChaseInput("p", Start.AddDays(1)), Start, instanceId: "chase-p");

        Assert.Throws<InvalidOperationException>(
            () => _harness.Start(new ChaseOrchestrator(), new ChaseInput("p", Start.AddDays(1)), Start, instanceId: "chase-p"));
    }

    [Fact]
    public void Timers_of_several_instances_fire_in_time_order()
    {
        var late = _harness.Start(new ChaseOrchestrator(), new ChaseInput("late", Start.AddHours(5)), Start);
        var early = _harness.Start(new ChaseOrchestrator(), new ChaseInput("early", Start.AddHours(2)), Start);

        early.AdvanceTo(Start.AddDays(1));

        Assert.Equal(
            ["early:missed", "late:missed"],
            _harness.Actions.OfType<ActivityCalled>().Select(a => a.InputAs<string>()).Where(i => i!.EndsWith("missed", StringComparison.Ordinal)));
        Assert.True(late.IsCompleted);
    }
}
