namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// One thing an orchestration did (or had done to it) under the harness, in order, stamped with the virtual time.
/// Payloads are kept as the JSON the real engine would store, so tests assert what would cross the wire.
/// </summary>
public abstract record RecordedAction(DateTime At, string InstanceId);

/// <summary>An activity was scheduled (one record per attempt when a retry policy applies).</summary>
public sealed record ActivityCalled(DateTime At, string InstanceId, string Name, string? InputJson, int Attempt)
    : RecordedAction(At, InstanceId)
{
    /// <summary>The input deserialized as <typeparamref name="T"/>.</summary>
    public T? InputAs<T>() => HarnessJson.Deserialize<T>(InputJson);
}

/// <summary>An activity or sub-orchestration attempt failed; the orchestrator saw a <c>TaskFailedException</c> unless a retry followed.</summary>
public sealed record TaskAttemptFailed(DateTime At, string InstanceId, string Name, int Attempt, string ErrorType, string ErrorMessage)
    : RecordedAction(At, InstanceId);

/// <summary>A durable timer was created.</summary>
public sealed record TimerCreated(DateTime At, string InstanceId, DateTime FireAt) : RecordedAction(At, InstanceId);

/// <summary>A durable timer fired.</summary>
public sealed record TimerFired(DateTime At, string InstanceId, DateTime FireAt) : RecordedAction(At, InstanceId);

/// <summary>A durable timer was cancelled before it fired (typically the loser of a race).</summary>
public sealed record TimerCancelled(DateTime At, string InstanceId, DateTime FireAt) : RecordedAction(At, InstanceId);

/// <summary>The orchestrator started waiting for an external event.</summary>
public sealed record EventWaited(DateTime At, string InstanceId, string Name) : RecordedAction(At, InstanceId);

/// <summary>A wait for an external event was cancelled before the event came.</summary>
public sealed record EventWaitCancelled(DateTime At, string InstanceId, string Name) : RecordedAction(At, InstanceId);

/// <summary>An external event was raised to the instance (by the test or by another orchestration).</summary>
public sealed record EventRaised(DateTime At, string InstanceId, string Name, string? PayloadJson) : RecordedAction(At, InstanceId);

/// <summary>The orchestrator sent an event to another instance.</summary>
public sealed record EventSent(DateTime At, string InstanceId, string TargetInstanceId, string Name, string? PayloadJson)
    : RecordedAction(At, InstanceId);

/// <summary>A sub-orchestration was scheduled.</summary>
public sealed record SubOrchestrationCalled(DateTime At, string InstanceId, string Name, string ChildInstanceId, string? InputJson)
    : RecordedAction(At, InstanceId)
{
    /// <summary>The input deserialized as <typeparamref name="T"/>.</summary>
    public T? InputAs<T>() => HarnessJson.Deserialize<T>(InputJson);
}

/// <summary>The orchestrator set its custom status.</summary>
public sealed record CustomStatusSet(DateTime At, string InstanceId, string? StatusJson) : RecordedAction(At, InstanceId);

/// <summary>The orchestrator restarted itself with new input.</summary>
public sealed record ContinuedAsNew(DateTime At, string InstanceId, string? InputJson) : RecordedAction(At, InstanceId);

/// <summary>The orchestration finished (successfully or not).</summary>
public sealed record OrchestrationCompleted(DateTime At, string InstanceId, string? OutputJson, string? FailureMessage)
    : RecordedAction(At, InstanceId);
