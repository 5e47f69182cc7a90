namespace Pmo.Hosting.Durable.Testing;

// External events, with the rules the engine tests confirm for SDK 1.28: names are case-insensitive; the most recent
// wait gets an event first (a stack, so a Task.WhenAny loop's fresh wait wins); a cancelled wait takes nothing; an
// event nobody waits for is kept until a wait takes it.
public partial class OrchestrationRun
{
    private readonly Dictionary<string, LinkedList<EventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<string?>> _buffered = new(StringComparer.OrdinalIgnoreCase);

    internal Task<T> WaitForEvent<T>(string eventName, CancellationToken cancellationToken)
    {
        Record(new EventWaited(Now, InstanceId, eventName));
        if (!_waiters.TryGetValue(eventName, out var stack))
        {
            _waiters[eventName] = stack = new LinkedList<EventWaiter>();
        }

        if (stack.First is { } top && top.Value.EventType != typeof(T))
        {
            throw new ArgumentException(
                $"Events with the same name must have the same type argument. Expected {top.Value.EventType.FullName} but was requested {typeof(T).FullName}.");
        }

        var source = new TaskCompletionSource<T>();
        var waiter = new EventWaiter(typeof(T), json => Complete(source, json));
        stack.AddFirst(waiter);
        if (_buffered.TryGetValue(eventName, out var queue) && queue.TryDequeue(out var earlyJson))
        {
            Deliver(eventName, earlyJson, record: false);
        }

        cancellationToken.Register(() =>
        {
            if (source.TrySetCanceled(cancellationToken))
            {
                stack.Remove(waiter);
                Record(new EventWaitCancelled(Now, InstanceId, eventName));
            }
        });
        return source.Task;
    }

    internal void Deliver(string eventName, string? json, bool record = true)
    {
        if (record)
        {
            Record(new EventRaised(Now, InstanceId, eventName, json));
        }

        if (IsCompleted)
        {
            return;
        }

        if (_waiters.TryGetValue(eventName, out var stack) && stack.First is { } top)
        {
            stack.RemoveFirst();
            top.Value.Complete(json);
            return;
        }

        if (!_buffered.TryGetValue(eventName, out var queue))
        {
            _buffered[eventName] = queue = new Queue<string?>();
        }

        queue.Enqueue(json);
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

    private sealed class EventWaiter(Type eventType, Action<string?> complete)
    {
        public Type EventType { get; } = eventType;

        public Action<string?> Complete { get; } = complete;
    }
}
