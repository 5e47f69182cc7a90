using Pmo.Application.Ports.Workflows;

namespace Pmo.Api.Orchestrations;

/// <summary>/api/orchestrations/{instanceId}: where a started workflow stands, read through the workflow port.</summary>
public static class OrchestrationsApi
{
    public static RouteGroupBuilder MapOrchestrationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orchestrations/{instanceId}", Get).WithTags("Orchestrations").ForReaders();
        return api;
    }

    /// <summary>The status of an instance; inputs and outputs are left out (they may hold personal data).</summary>
    public sealed record OrchestrationStatus(
        string InstanceId, string Name, string RuntimeStatus, DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt, string? FailureMessage);

    public static async Task<Ok<OrchestrationStatus>> Get(string instanceId, IWorkflowSignals workflows, CancellationToken cancellationToken)
    {
        var id = RouteValues.Id(instanceId, "instanceId");
        var instance = await workflows.FindAsync(id, cancellationToken)
            ?? throw new NotFoundException("Orchestration", id);
        return TypedResults.Ok(new OrchestrationStatus(
            instance.InstanceId, instance.Name, instance.Status.ToString(), instance.CreatedAt, instance.LastUpdatedAt, instance.FailureMessage));
    }
}
