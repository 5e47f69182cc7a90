using Microsoft.Extensions.DependencyInjection;
using Pmo.Hosting.Durable.Testing;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Harness;

public class ChaseHarnessTests
{
    private static readonly DateTime Monday = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Friday = Monday.AddDays(4).AddHours(3);

    private readonly EffectLog _effects = new();
    private readonly OrchestrationHarness _harness;

    public ChaseHarnessTests()
    {
        _harness = new OrchestrationHarness
        {
            Services = new ServiceCollection().AddSingleton(_effects).BuildServiceProvider(),
        }.AddTasks(registry => registry.AddActivity<RecordEffect>());
    }

    [Fact]
    public async Task Answer_before_the_deadline_wins_and_cancels_the_timer()
    {
        var run = _harness.Start(new ChaseOrchestrator(), new ChaseInput("p1", Friday), Monday);
        run.AdvanceTo(Monday.AddDays(2));
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("ada"));

        Assert.Equal("answered by ada", await run.Completion);
        Assert.Equal(Monday.AddDays(2), run.Now);
        Assert.Equal(["p1:reminded", "p1:answered by ada"], run.ActivityCalls().Select(a => a.InputAs<string>()));
        Assert.Contains(run.Actions, a => a is TimerCancelled { FireAt: var at } && at == Friday);
        Assert.Equal(1, _effects.Calls("p1:answered by ada"));
    }

    [Fact]
    public async Task Deadline_first_fires_the_timer_at_the_deadline_and_cancels_the_wait()
    {
        var run = _harness.Start(new ChaseOrchestrator(), new ChaseInput("p1", Friday), Monday);
        run.AdvanceTo(Friday.AddDays(1));

        Assert.Equal("missed", await run.Completion);
        var fired = Assert.Single(run.Actions.OfType<TimerFired>());
        Assert.Equal(Friday, fired.At);
        Assert.Single(run.Actions.OfType<EventWaitCancelled>());
        Assert.Equal(Friday, run.ActivityCalls()[^1].At);
    }

    [Fact]
    public void Actions_are_recorded_in_order_with_virtual_time()
    {
        var run = _harness.Start(new ChaseOrchestrator(), new ChaseInput("p1", Friday), Monday);

        Assert.Collection(
            run.Actions,
            a => Assert.Equal(new ActivityCalled(Monday, run.InstanceId, nameof(RecordEffect), "\"p1:reminded\"", 1), a),
            a => Assert.Equal(new TimerCreated(Monday, run.InstanceId, Friday), a),
            a => Assert.Equal(new EventWaited(Monday, run.InstanceId, ChaseOrchestrator.AnswerEvent), a));
        Assert.Equal([ChaseOrchestrator.AnswerEvent], run.WaitingForEvents);
        Assert.Equal([Friday], run.PendingTimers);
    }

    [Fact]
    public async Task Completion_of_a_waiting_run_fails_at_once_naming_what_it_waits_for()
    {
        var run = _harness.Start(new ChaseOrchestrator(), new ChaseInput("p1", Friday), Monday);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.Completion);
        Assert.Contains(ChaseOrchestrator.AnswerEvent, error.Message, StringComparison.Ordinal);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task RunToCompletion_lets_time_pass_until_the_deadline()
    {
        var run = _harness.Start(new ChaseOrchestrator(), new ChaseInput("p1", Friday), Monday).RunToCompletion();

        Assert.Equal("missed", await run.Completion);
        Assert.Equal(Friday, _harness.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Test_doubles_replace_real_activities()
    {
        var seen = new List<string>();
        _harness.OnActivity<string, string>(nameof(RecordEffect), input => { seen.Add(input); return input; });

        var run = _harness.Start<ChaseOrchestrator>(new ChaseInput("p2", Friday), Monday);
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("bob"));

        Assert.Equal("answered by bob", await run.Completion);
        Assert.Equal(["p2:reminded", "p2:answered by bob"], seen);
        Assert.Empty(_effects.Keys);
    }
}
