using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Tests.Samples;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>
/// Many instances at once on the in-memory backend. The sidecar re-checks for a free slot only every 500 ms once
/// its work-item limit is reached; with the store's own limit (the processor count) 60 chases took about a minute.
/// </summary>
public class InMemoryEngineLoadTests(InMemoryEngineFixture fixture) : IClassFixture<InMemoryEngineFixture>
{
    private const int Chases = 60;

    [Fact]
    public async Task Sixty_chases_at_once_complete_without_throttling()
    {
        var client = fixture.Engine.Client;
        var ids = await Task.WhenAll(Enumerable.Range(0, Chases).Select(i => client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput($"load-{i}", DateTime.UtcNow.AddMinutes(5)))));
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            await fixture.Engine.Effects.WhenRecorded($"load-{i}:reminded");
            await client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted($"pm{i}"));
        }));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var done = await Task.WhenAll(ids.Select(id => client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token)));

        Assert.All(done, (instance, i) => Assert.Equal($"answered by pm{i}", instance.ReadOutputAs<string>()));
    }
}
