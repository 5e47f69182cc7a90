using Microsoft.DurableTask;
using CoreFailureDetails = DurableTask.Core.FailureDetails;
using CoreTaskFailedException = DurableTask.Core.Exceptions.TaskFailedException;

namespace Pmo.Hosting.Durable.Testing;

// Activities, sub-orchestrations and sent events. Failures reach the orchestrator as TaskFailedException with
// failure details, and retry policies wait on durable timers, as in the engine.
public partial class OrchestrationRun
{
    private int _taskSequence;

    internal Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input, TaskOptions? options)
    {
        var inputJson = HarnessJson.Serialize(input);
        return WithRetries<TResult>(name, options, async attempt =>
        {
            Record(new ActivityCalled(Now, InstanceId, name.Name, inputJson, attempt));

            // The engine runs activities after the orchestrator yields, so a fan-out schedules every call first.
            await Task.Yield();
            return await _harness.InvokeActivityAsync(name, InstanceId, inputJson);
        });
    }

    internal Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName name, object? input, TaskOptions? options)
    {
        var inputJson = HarnessJson.Serialize(input);
        var childId = (options as SubOrchestrationOptions)?.InstanceId ?? NewGuid().ToString("N");
        return WithRetries<TResult>(name, options, async _ =>
        {
            Record(new SubOrchestrationCalled(Now, InstanceId, name.Name, childId, inputJson));
            await Task.Yield();
            var child = _harness.StartChild(name, childId, new ParentOrchestrationInstance(Name, InstanceId), inputJson);
            return await child._completion.Task;
        });
    }

    internal void SendEvent(string instanceId, string eventName, object payload)
    {
        var json = HarnessJson.Serialize(payload);
        Record(new EventSent(Now, InstanceId, instanceId, eventName, json));
        if (_scheduler.TryGetInstance(instanceId, out var target))
        {
            _scheduler.Post(() => target.Deliver(eventName, json));
        }
    }

    private async Task<TResult> WithRetries<TResult>(TaskName name, TaskOptions? options, Func<int, Task<string?>> attemptAsync)
    {
        if (options?.Retry?.Handler is not null)
        {
            throw new NotSupportedException("The orchestration harness supports RetryPolicy, not custom retry handlers.");
        }

        var policy = options?.Retry?.Policy;
        var firstAttemptAt = Now;
        for (var attempt = 1; ; attempt++)
        {
            var taskId = ++_taskSequence;
            string? outputJson;
            try
            {
                outputJson = await attemptAsync(attempt);
            }
            catch (Exception ex)
            {
                var details = ex is TaskFailedException failed ? failed.FailureDetails : TaskFailureDetails.FromException(ex);
                Record(new TaskAttemptFailed(Now, InstanceId, name.Name, attempt, details.ErrorType, details.ErrorMessage));
                var failure = new TaskFailedException(name.Name, taskId, details);
                if (RetryDelay(policy, attempt, firstAttemptAt, failure) is not { } delay)
                {
                    throw failure;
                }

                await _scheduler.CreateTimer(this, Now + delay, CancellationToken.None);
                continue;
            }

            return HarnessJson.Deserialize<TResult>(outputJson)!;
        }
    }

    // Mirrors the Durable Task Framework's retry interceptor: exponential backoff capped by MaxRetryInterval,
    // bounded by attempts and RetryTimeout, filtered by the policy's failure predicate.
    private TimeSpan? RetryDelay(RetryPolicy? policy, int attempt, DateTime firstAttemptAt, TaskFailedException failure)
    {
        if (policy is null || attempt >= policy.MaxNumberOfAttempts)
        {
            return null;
        }

        var details = failure.FailureDetails;
        var coreFailure = new CoreTaskFailedException(failure.Message)
        {
            Name = failure.TaskName,
            ScheduleId = failure.TaskId,
            FailureDetails = new CoreFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, null, isNonRetriable: false),
        };
        if (!policy.Handle(coreFailure))
        {
            return null;
        }

        if (policy.RetryTimeout != Timeout.InfiniteTimeSpan && Now >= firstAttemptAt + policy.RetryTimeout)
        {
            return null;
        }

        var delay = TimeSpan.FromMilliseconds(policy.FirstRetryInterval.TotalMilliseconds * Math.Pow(policy.BackoffCoefficient, attempt - 1));
        return delay > policy.MaxRetryInterval ? policy.MaxRetryInterval : delay;
    }
}
