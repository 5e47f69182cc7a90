using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pmo.Local.Hosting;

/// <summary>The local host's own background work: start-up tasks, the scheduler loop, and chase delivery after the response.</summary>
public static class BackgroundComposition
{
    public static IServiceCollection AddLocalBackgroundServices(this IServiceCollection services)
    {
        services.AddTransient<PortfolioSeeder>();
        // After the engine in registration order: hosted services start in order, so the engine is up first.
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<SchedulerLoop>();

        // Submissions are told to their chases after the response, by one hosted service (replaces the inline default).
        services.AddSingleton<BackgroundChaseDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundChaseDelivery>());
        services.Replace(ServiceDescriptor.Singleton<IChaseDelivery>(sp => sp.GetRequiredService<BackgroundChaseDelivery>()));
        return services;
    }
}
