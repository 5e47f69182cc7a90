using Microsoft.Extensions.DependencyInjection;
using Pmo.Hosting.Durable.Testing;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Harness;

/// <summary>The harness follows the engine's event rules (the same cases run on the engine in InMemoryEngineTests).</summary>
public class EventRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private readonly OrchestrationHarness _harness = new OrchestrationHarness
    {
        Services = new ServiceCollection().AddSingleton(new EffectLog()).BuildServiceProvider(),
    }.AddTasks(registry => registry.AddActivity<RecordEffect>());

    [Fact]
    public async Task An_event_sent_after_its_wait_was_cancelled_is_kept_for_the_next_wait()
    {
        var run = _harness.Start(new TwoRoundsOrchestrator(), TimeSpan.FromHours(1), Start);
        run.AdvanceBy(TimeSpan.FromHours(1));
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("during the pause"));
        run.AdvanceBy(TimeSpan.FromHours(1));

        Assert.Equal("round two: during the pause", await run.Completion);
    }

    [Fact]
    public async Task An_answer_within_round_one_wins_it()
    {
        var run = _harness.Start(new TwoRoundsOrchestrator(), TimeSpan.FromHours(1), Start);
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("quick"));

        Assert.Equal("round one: quick", await run.Completion);
        Assert.Single(run.Actions.OfType<TimerCancelled>());
    }

    [Fact]
    public async Task The_latest_of_two_waits_gets_the_event()
    {
        var run = _harness.Start(new TwoWaitersOrchestrator(), "x", Start);
        run.RaiseEvent(ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("one"));

        Assert.Equal("latest wait", await run.Completion);
    }
}
