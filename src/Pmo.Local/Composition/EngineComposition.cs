using Pmo.Hosting.Durable;
using Pmo.Workflows;

namespace Pmo.Local.Composition;

/// <summary>
/// The Durable Task engine in-process ("Durable" section): Azurite under the data folder by default (started and
/// stopped by the engine library), InMemory for tests and the demo. Runs the same orchestrators as the Azure host.
/// </summary>
public static class EngineComposition
{
    public static IServiceCollection AddLocalEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddDurableEngine(
            configuration.GetSection(DurableEngineOptions.SectionName),
            registry => WorkflowRegistry.Register(registry));
    }
}
