using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Testing;

// Lifecycle of a run: executions (one per continue-as-new), completion, custom status and replay-safe ids.
public partial class OrchestrationRun
{
    private (string? InputJson, bool PreserveEvents)? _continueAsNew;
    private int _guidSequence;

    internal void Start(string? inputJson) => _scheduler.Run(() => _ = ExecuteAsync(inputJson));

    internal void ContinueAsNew(object? newInput, bool preserveUnprocessedEvents) =>
        _continueAsNew = (HarnessJson.Serialize(newInput), preserveUnprocessedEvents);

    internal Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) =>
        _scheduler.CreateTimer(this, fireAt, cancellationToken);

    internal void SetCustomStatus(object? status)
    {
        CustomStatusJson = HarnessJson.Serialize(status);
        Record(new CustomStatusSet(Now, InstanceId, CustomStatusJson));
    }

    // Deterministic per instance, like the SDK's name-based ids, so tests can predict child instance ids.
    internal Guid NewGuid()
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{InstanceId}:{++_guidSequence}"));
        return new Guid(bytes.AsSpan(0, 16));
    }

    private async Task ExecuteAsync(string? inputJson)
    {
        while (true)
        {
            _continueAsNew = null;
            string? outputJson;
            try
            {
                var orchestrator = _factory(_harness.Services);
                _outputType = orchestrator.OutputType;
                var input = HarnessJson.Deserialize(inputJson, orchestrator.InputType);
                var context = new FakeOrchestrationContext(this, inputJson, _harness.LoggerFactory);
                var output = await orchestrator.RunAsync(context, input);
                outputJson = HarnessJson.Serialize(output);
            }
            catch (Exception ex)
            {
                Record(new OrchestrationCompleted(Now, InstanceId, null, ex.Message));
                _completion.TrySetException(ex);
                return;
            }

            if (_continueAsNew is not { } next)
            {
                Record(new OrchestrationCompleted(Now, InstanceId, outputJson, null));
                _completion.TrySetResult(outputJson);
                return;
            }

            // A new execution: timers and waits of the old one are gone; unprocessed events stay if asked.
            Record(new ContinuedAsNew(Now, InstanceId, next.InputJson));
            _scheduler.DiscardTimers(this);
            _waiters.Clear();
            if (!next.PreserveEvents)
            {
                _buffered.Clear();
            }

            inputJson = next.InputJson;
        }
    }
}
