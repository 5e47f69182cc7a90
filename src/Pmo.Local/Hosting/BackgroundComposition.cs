using Pmo.Local.Seeding;

namespace Pmo.Local.Hosting;

/// <summary>The local host's own background work: start-up tasks and the scheduler loop.</summary>
public static class BackgroundComposition
{
    public static IServiceCollection AddLocalBackgroundServices(this IServiceCollection services)
    {
        services.AddTransient<PortfolioSeeder>();
        // After the engine in registration order: hosted services start in order, so the engine is up first.
        services.AddHostedService<StartupTasks>();
        services.AddHostedService<SchedulerLoop>();
        return services;
    }
}
