using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// The SDK's own unit-test approach: a <see cref="TaskOrchestrationContext"/> subclass. Time is the harness's
/// virtual clock; every call is delegated to the <see cref="OrchestrationRun"/> that records it.
/// </summary>
internal sealed class FakeOrchestrationContext(OrchestrationRun run, string? inputJson, ILoggerFactory loggerFactory)
    : TaskOrchestrationContext
{
    public override TaskName Name => run.Name;

    public override string InstanceId => run.InstanceId;

    public override ParentOrchestrationInstance? Parent => run.Parent;

    public override DateTime CurrentUtcDateTime => run.Now;

    // Never replaying: the harness runs each line once, so replay-safe loggers always write.
    public override bool IsReplaying => false;

    protected override ILoggerFactory LoggerFactory => loggerFactory;

    public override T? GetInput<T>() where T : default => HarnessJson.Deserialize<T>(inputJson);

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null) =>
        run.CallActivityAsync<TResult>(name, input, options);

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) =>
        run.CallSubOrchestratorAsync<TResult>(orchestratorName, input, options);

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) =>
        run.CreateTimer(fireAt, cancellationToken);

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        run.WaitForEvent<T>(eventName, cancellationToken);

    public override void SendEvent(string instanceId, string eventName, object payload) =>
        run.SendEvent(instanceId, eventName, payload);

    public override void SetCustomStatus(object? customStatus) => run.SetCustomStatus(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        run.ContinueAsNew(newInput, preserveUnprocessedEvents);

    public override Guid NewGuid() => run.NewGuid();
}
