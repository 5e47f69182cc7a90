using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>
/// Many instances at once on the in-memory backend. The in-memory store reports the processor count as its work-item
/// limit and the sidecar, once that many are in flight, re-checks for a free slot only every 500 ms: 60 chases took
/// about a minute. These tests prove the engine's own limit without timing anything, so a loaded machine cannot fail
/// them; their time bounds only catch a hang.
/// </summary>
public class InMemoryEngineLoadTests(InMemoryEngineFixture fixture) : IClassFixture<InMemoryEngineFixture>
{
    private const int Chases = 60;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Sixty_activities_run_at_once_without_throttling()
    {
        var client = fixture.Engine.Client;
        var rendezvous = fixture.Engine.Rendezvous;
        rendezvous.Expect(Chases);
        try
        {
            // Each activity waits until all sixty are in flight: with the store's limit (2 on CI) they never would be.
            var ids = await Task.WhenAll(Enumerable.Range(0, Chases).Select(i =>
                client.ScheduleNewOrchestrationInstanceAsync(nameof(RendezvousOrchestrator), $"meet-{i}")));
            using var timeout = new CancellationTokenSource(Patience);
            var done = await Task.WhenAll(ids.Select(id => client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token)));

            Assert.Equal(Chases, rendezvous.Arrived);
            Assert.All(done, (instance, i) => Assert.Equal($"meet-{i}", instance.ReadOutputAs<string>()));
        }
        finally
        {
            rendezvous.Release();
        }
    }

    [Fact]
    public async Task Sixty_chases_at_once_all_complete_with_their_own_answer()
    {
        var client = fixture.Engine.Client;
        var ids = await Task.WhenAll(Enumerable.Range(0, Chases).Select(i => client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput($"load-{i}", DateTime.UtcNow.AddHours(1)))));
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            await fixture.Engine.Effects.WhenRecorded($"load-{i}:reminded").WaitAsync(Patience);
            await client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted($"pm{i}"));
        }));

        using var timeout = new CancellationTokenSource(Patience);
        var done = await Task.WhenAll(ids.Select(id => client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token)));

        Assert.All(done, (instance, i) => Assert.Equal($"answered by pm{i}", instance.ReadOutputAs<string>()));
    }
}
