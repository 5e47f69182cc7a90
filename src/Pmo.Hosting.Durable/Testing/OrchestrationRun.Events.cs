namespace Pmo.Hosting.Durable.Testing;

// External events: waits in FIFO order per name (case-insensitive, as in the engine); an event that arrives
// before anyone waits is kept until a wait takes it.
public partial class OrchestrationRun
{
    private readonly Dictionary<string, LinkedList<EventWaiter>> waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<string?>> buffered = new(StringComparer.OrdinalIgnoreCase);

    internal Task<T> WaitForEvent<T>(string eventName, CancellationToken cancellationToken)
    {
        Record(new EventWaited(Now, InstanceId, eventName));
        if (buffered.TryGetValue(eventName, out var queue) && queue.TryDequeue(out var earlyJson))
        {
            return Convert<T>(earlyJson);
        }

        var source = new TaskCompletionSource<T>();
        if (cancellationToken.IsCancellationRequested)
        {
            Record(new EventWaitCancelled(Now, InstanceId, eventName));
            source.SetCanceled(cancellationToken);
            return source.Task;
        }

        if (!waiters.TryGetValue(eventName, out var list))
        {
            waiters[eventName] = list = new LinkedList<EventWaiter>();
        }

        var waiter = new EventWaiter(json => Complete(source, json));
        var node = list.AddLast(waiter);
        waiter.Registration = cancellationToken.Register(() =>
        {
            if (node.List is not null)
            {
                list.Remove(node);
                Record(new EventWaitCancelled(Now, InstanceId, eventName));
                source.TrySetCanceled(cancellationToken);
            }
        });
        return source.Task;
    }

    internal void Deliver(string eventName, string? json)
    {
        Record(new EventRaised(Now, InstanceId, eventName, json));
        if (IsCompleted)
        {
            return;
        }

        if (waiters.TryGetValue(eventName, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.Registration.Dispose();
            first.Value.Complete(json);
            return;
        }

        if (!buffered.TryGetValue(eventName, out var queue))
        {
            buffered[eventName] = queue = new Queue<string?>();
        }

        queue.Enqueue(json);
    }

    private static Task<T> Convert<T>(string? json)
    {
        try
        {
            return Task.FromResult(HarnessJson.Deserialize<T>(json)!);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException)
        {
            return Task.FromException<T>(ex);
        }
    }

    private static void Complete<T>(TaskCompletionSource<T> source, string? json)
    {
        try
        {
            source.TrySetResult(HarnessJson.Deserialize<T>(json)!);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException)
        {
            source.TrySetException(ex);
        }
    }

    private sealed class EventWaiter(Action<string?> complete)
    {
        public Action<string?> Complete { get; } = complete;

        public CancellationTokenRegistration Registration { get; set; }
    }
}
