namespace Pmo.Functions.Orchestration;

internal static class ActivityServices
{
    /// <summary>The workflow activity built from the invocation's services (with the invocation's Durable client in them).</summary>
    public static TActivity Activity<TActivity>(this FunctionContext function, DurableTaskClient client)
        where TActivity : ITaskActivity =>
        ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(function.InstanceServices.WithDurableClient(client));

    /// <summary>The activity context the workflow activity expects: its name and the calling instance's id.</summary>
    public static TaskActivityContext ActivityContext(this FunctionContext function) => new FunctionActivityContext(function);
}
