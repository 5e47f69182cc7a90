namespace Pmo.Functions.Orchestration;

/// <summary>
/// The <see cref="TaskActivityContext"/> a workflow activity expects, made from the Functions invocation: the activity's
/// name and the id of the orchestration instance that called it (binding data "instanceId" of the activity trigger).
/// </summary>
internal sealed class FunctionActivityContext(FunctionContext function) : TaskActivityContext
{
    public override TaskName Name { get; } = function.FunctionDefinition.Name;

    public override string InstanceId { get; } =
        function.BindingContext.BindingData.TryGetValue("instanceId", out var id) && id is not null ? id.ToString() ?? "" : "";
}
