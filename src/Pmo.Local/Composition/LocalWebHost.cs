using Pmo.Api;
using Pmo.Application;
using Pmo.Local.Hosting;
using Pmo.Reports;
using Pmo.Workflows.Configuration;

namespace Pmo.Local.Composition;

/// <summary>Composes the serve host: configuration, store, mail, engine, workflows, API, background loops.</summary>
public static class LocalWebHost
{
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, IEnumerable<string> extraArgs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        var data = LocalConfiguration.Apply(builder.Configuration, overrides, extraArgs);
        builder.Logging.AddLocalConsole();
        var local = builder.Configuration.GetSection(LocalOptions.SectionName).Get<LocalOptions>() ?? new LocalOptions();

        // Loopback only: the local host is a single-user tool, never exposed on the network.
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(local.Port));
        builder.Services.AddSingleton(data);
        builder.Services.AddOptions<LocalOptions>().BindConfiguration(LocalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName);

        builder.Services.AddLocalDataProtection(data)
            .AddLocalTelemetry(builder.Configuration)
            .AddLocalStorage(builder.Configuration)
            .AddLocalMail(builder.Configuration)
            .AddLocalEngine(builder.Configuration)
            .AddPmoApplication(builder.Configuration)
            .AddPmoReports()
            .AddPmoWorkflows()
            .AddPmoApi(builder.Configuration)
            .AddLocalBackgroundServices();

        var app = builder.Build();
        app.UsePmoApi();
        app.MapPmoApi();
        if (local.RunNowEndpoints)
        {
            app.MapLocalApi();
        }

        app.MapGet("/", () => Results.Redirect("/api/dashboard")).ExcludeFromDescription();
        return app;
    }
}
