namespace Pmo.Functions.Durable;

internal static class DurableClientExtensions
{
    /// <summary>Hands the invocation's bound client to the invocation's services; returns them for chaining.</summary>
    public static IServiceProvider WithDurableClient(this IServiceProvider services, DurableTaskClient client)
    {
        services.GetRequiredService<DurableClientScope>().Client = client;
        return services;
    }
}
