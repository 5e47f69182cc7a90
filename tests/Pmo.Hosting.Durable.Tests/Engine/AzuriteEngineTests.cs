using System.Diagnostics;
using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Tests.Samples;
using Xunit.Abstractions;

namespace Pmo.Hosting.Durable.Tests.Engine;

/// <summary>The chase on the default backend: the Azure Storage provider on the engine's own Azurite.</summary>
public class AzuriteEngineTests(AzuriteEngineFixture fixture, ITestOutputHelper output) : IClassFixture<AzuriteEngineFixture>
{
    // Bounds a hang only: the Azure Storage provider on Azurite, on a loaded 2-core CI box, is slow but not stuck.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private DurableTaskClient Client => fixture.Engine.Client;

    [Fact]
    public async Task Chase_answered_before_the_deadline_completes_as_answered()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ChaseOrchestrator), new ChaseInput("az-answered", DateTime.UtcNow.AddHours(1)));
        await fixture.Engine.Effects.WhenRecorded("az-answered:reminded").WaitAsync(Patience);

        var clock = Stopwatch.StartNew();
        await Client.RaiseEventAsync(id, ChaseOrchestrator.AnswerEvent, new UpdateSubmitted("ada"));
        var done = await WaitAsync(id);
        output.WriteLine($"engine start-up {fixture.StartUp.TotalMilliseconds:F0} ms; event to completion seen by the client {clock.ElapsedMilliseconds} ms");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("answered by ada", done.ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("az-answered:answered by ada"));
    }

    [Fact]
    public async Task Chase_deadline_first_completes_as_missed()
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), new ChaseInput("az-missed", deadline));

        var done = await WaitAsync(id);
        await fixture.Engine.Effects.WhenRecorded("az-missed:missed").WaitAsync(Patience);
        output.WriteLine($"deadline to completion seen by the client {(DateTime.UtcNow - deadline).TotalMilliseconds:F0} ms");

        Assert.Equal("missed", done.ReadOutputAs<string>());
        Assert.Equal(1, fixture.Engine.Effects.Calls("az-missed:missed"));
    }

    [Fact]
    public async Task Starting_an_id_that_is_running_is_a_conflict()
    {
        var options = new StartOrchestrationOptions { InstanceId = $"az-dup-{Guid.NewGuid():N}" };
        var input = new ChaseInput("az-dup", DateTime.UtcNow.AddHours(1));
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), input, options);

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => Client.ScheduleNewOrchestrationInstanceAsync(nameof(ChaseOrchestrator), input, options));

        await Client.TerminateInstanceAsync(options.InstanceId, "test over");
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await WaitAsync(options.InstanceId)).RuntimeStatus);
    }

    [Fact]
    public async Task Completed_instances_can_be_queried_and_purged()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CounterOrchestrator), new CounterState(0, 1));
        var done = await WaitAsync(id);
        Assert.Equal(1, done.ReadCustomStatusAs<int>());

        var found = new List<string>();
        await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = id }))
        {
            found.Add(instance.InstanceId);
        }

        Assert.Equal([id], found);
        Assert.Equal(1, (await Client.PurgeInstanceAsync(id)).PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(id));
    }

    private async Task<OrchestrationMetadata> WaitAsync(string id)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
