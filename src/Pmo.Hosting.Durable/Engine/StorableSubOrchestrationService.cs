using DurableTask.Core.History;

namespace Pmo.Hosting.Durable.Engine;

/// <summary>
/// Makes what the preview sidecar (InProcessTestHost 0.2.3-preview.1) hands the backend for a sub-orchestration
/// storable by the Azure Storage provider; passes everything else on. Two faults, both of which left a parent
/// orchestration that calls a sub-orchestration waiting for ever on Azurite (in-memory never serialises: unaffected,
/// though it goes through here too):
/// <list type="number">
/// <item>The child's start message (<see cref="ExecutionStartedEvent"/>) carries the orchestrator action's tags as
/// received over gRPC: a Google.Protobuf <c>MapField&lt;string, string&gt;</c>, empty when the code set none. The
/// provider writes queue messages with Json.NET type names and cannot read that type back ("Error resolving type
/// specified in JSON 'Google.Protobuf.Collections.MapField…'"), so it abandoned the message again and again and the
/// child never started. The tags become a <see cref="Dictionary{TKey, TValue}"/>, or none when empty (as upstream's
/// later fix of the sidecar does).</item>
/// <item>The parent's history records the call as the sidecar's own <c>GrpcSubOrchestrationInstanceCreatedEvent</c>,
/// a subclass without <c>[DataContract]</c>: the provider's table converter then writes none of its fields, not even
/// <c>EventType</c>, and the parent could not load its history again ("The TableEntity did not contain a 'EventType'
/// property") when the child's completion arrived. It is replaced by a plain
/// <see cref="SubOrchestrationInstanceCreatedEvent"/> with the same fields; only its trace context (for distributed
/// tracing, which the app does not use) is dropped.</item>
/// </list>
/// </summary>
internal sealed class StorableSubOrchestrationService(IOrchestrationService inner) : ForwardingOrchestrationService(inner)
{
    /// <summary>Replaces a start message's tags of any other type than a dictionary by a copy, or by none when empty.</summary>
    public static void UsePlainTags(TaskMessage? message)
    {
        if (message?.Event is ExecutionStartedEvent started && started.Tags is { } tags && tags is not Dictionary<string, string>)
        {
            started.Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags, StringComparer.Ordinal);
        }
    }

    /// <summary>Replaces subclasses of <see cref="SubOrchestrationInstanceCreatedEvent"/> in the new history by the plain event.</summary>
    public static void UsePlainSubOrchestrationEvents(OrchestrationRuntimeState? state)
    {
        if (state is null)
        {
            return;
        }

        // Events holds the same objects as NewEvents (plus the past ones, already plain): replace them in both lists.
        for (var i = 0; i < state.NewEvents.Count; i++)
        {
            if (state.NewEvents[i] is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent))
            {
                var plain = new SubOrchestrationInstanceCreatedEvent(created.EventId)
                {
                    Timestamp = created.Timestamp,
                    IsPlayed = created.IsPlayed,
                    Name = created.Name,
                    Version = created.Version,
                    InstanceId = created.InstanceId,
                    Input = created.Input,
                    ClientSpanId = created.ClientSpanId,
                    Tags = created.Tags is { Count: > 0 } tags ? new Dictionary<string, string>(tags, StringComparer.Ordinal) : null,
                };
                state.NewEvents[i] = plain;
                var index = state.Events.IndexOf(created);
                if (index >= 0)
                {
                    state.Events[index] = plain;
                }
            }
        }
    }

    public override Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        // A sub-orchestration's start message is an orchestrator message; continue-as-new reuses the run's own tags.
        foreach (var message in orchestratorMessages)
        {
            UsePlainTags(message);
        }

        UsePlainTags(continuedAsNewMessage);
        UsePlainSubOrchestrationEvents(newOrchestrationRuntimeState);
        return base.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }
}
