using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Pmo.Hosting.Durable.Testing;

namespace Pmo.Workflows.Tests.Support;

/// <summary>
/// A <see cref="DurableTaskClient"/> over the virtual-time harness, so the application services (scheduler tick,
/// submission, decisions) drive the orchestrations exactly as they drive the real engine.
/// </summary>
internal sealed class HarnessClient(OrchestrationHarness harness, Func<OrchestrationRun> anyRun, IReadOnlyDictionary<string, Type> orchestrators)
    : DurableTaskClient("harness")
{
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var id = options?.InstanceId ?? throw new ArgumentException("The workflows always pass an instance id.", nameof(options));
        var start = typeof(OrchestrationHarness).GetMethods()
            .Single(m => m.Name == nameof(OrchestrationHarness.Start) && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1)
            .MakeGenericMethod(orchestrators[orchestratorName.Name]);
        start.Invoke(harness, [input, harness.Clock.UtcNow, id]);
        return Task.FromResult(id);
    }

    /// <summary>How many of the next raises fail, as when the engine is unreachable.</summary>
    public int RaiseFailures { get; set; }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        if (RaiseFailures > 0)
        {
            RaiseFailures--;
            throw new InvalidOperationException("Simulated: the engine is unreachable.");
        }

        anyRun().Instance(instanceId).RaiseEvent(eventName, eventPayload);
        return Task.CompletedTask;
    }

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        OrchestrationRun? run;
        try
        {
            run = anyRun().Instance(instanceId);
        }
        catch (KeyNotFoundException)
        {
            run = null;
        }

        return Task.FromResult(run is null
            ? null
            : new OrchestrationMetadata(run.Name.Name, instanceId)
            {
                RuntimeStatus = run.IsCompleted ? OrchestrationRuntimeStatus.Completed : OrchestrationRuntimeStatus.Running,
            });
    }

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        throw new NotSupportedException();

    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) =>
        throw new NotSupportedException();

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
