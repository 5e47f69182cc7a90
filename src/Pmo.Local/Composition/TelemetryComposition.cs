using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Pmo.Local.Composition;

/// <summary>
/// OpenTelemetry traces and metrics for HTTP (server and client) and the Durable Task worker and client
/// (orchestrations and activities). "Telemetry:Exporter" = None (default) or Console.
/// </summary>
public static class TelemetryComposition
{
    // The Durable Task SDK's ActivitySource: one span per orchestration and activity execution.
    private const string DurableTaskSource = "Microsoft.DurableTask";

    public static IServiceCollection AddLocalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporter = configuration["Telemetry:Exporter"] ?? "None";
        var console = exporter.Equals("Console", StringComparison.OrdinalIgnoreCase);
        if (!console && !exporter.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Telemetry:Exporter '{exporter}' is unknown; use None or Console.");
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("pmo-local"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(DurableTaskSource, "Pmo.*");
                if (console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(DurableTaskSource, "Pmo.*");
                if (console)
                {
                    m.AddConsoleExporter();
                }
            });
        return services;
    }
}
