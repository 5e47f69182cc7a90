using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.History;
using Google.Protobuf.Collections;
using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Engine;
using Pmo.Hosting.Durable.Tests.Engine;
using Pmo.Hosting.Durable.Tests.Samples;
using Xunit.Abstractions;

namespace Pmo.Hosting.Durable.Tests.Azurite;

/// <summary>
/// Sub-orchestrations on the default backend (the Azure Storage provider on Azurite). Regression: the preview sidecar
/// put the gRPC tags (a protobuf MapField) into the child's start message, which the provider could write to its
/// control queue but never read back, so the children never started; and it recorded the call in the parent's history
/// as an event type whose fields the provider's table converter does not write, so the parent could not reload its
/// history when a child completed. Either way the parent waited for ever (see StorableSubOrchestrationService).
/// </summary>
public sealed class SubOrchestrationOnAzuriteTests(AzuriteEngineFixture fixture, ITestOutputHelper output) : IClassFixture<AzuriteEngineFixture>
{
    private DurableTaskClient Client => fixture.Engine.Client;

    [Fact]
    public async Task Fan_out_of_three_sub_orchestrations_completes()
    {
        var clock = Stopwatch.StartNew();
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutOrchestrator), new[] { "sa", "sb", "sc" });

        var done = await WaitAsync(id);
        output.WriteLine($"fan-out of 3 sub-orchestrations: schedule to completion seen by the client {clock.ElapsedMilliseconds} ms");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(["sa:child", "sb:child", "sc:child"], done.ReadOutputAs<string[]>()!);
        foreach (var subject in new[] { "sa", "sb", "sc" })
        {
            Assert.Equal(1, fixture.Engine.Effects.Calls($"{subject}:child"));
            var child = await Client.GetInstanceAsync($"{id}-{subject}");
            Assert.Equal(OrchestrationRuntimeStatus.Completed, child?.RuntimeStatus);
        }
    }

    [Fact]
    public void Protobuf_tags_of_a_start_message_become_a_dictionary_or_none()
    {
        var tagged = StartMessage(new MapField<string, string> { { "project", "ATLAS" } });
        var untagged = StartMessage([]);

        StorableSubOrchestrationService.UsePlainTags(tagged);
        StorableSubOrchestrationService.UsePlainTags(untagged);

        var tags = Assert.IsType<Dictionary<string, string>>(((ExecutionStartedEvent)tagged.Event).Tags);
        Assert.Equal("ATLAS", tags["project"]);
        Assert.Null(((ExecutionStartedEvent)untagged.Event).Tags);
    }

    private static TaskMessage StartMessage(MapField<string, string> tags) =>
        new() { Event = new ExecutionStartedEvent(-1, input: null) { Tags = tags } };

    private async Task<OrchestrationMetadata> WaitAsync(string id)
    {
        // Before the fix the children never started: the parent stayed Running and this wait ran out. The bound is
        // generous: on a loaded 2-core CI box the provider on Azurite is slow but not stuck.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
    }
}
