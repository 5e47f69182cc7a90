using Microsoft.Extensions.Logging;

namespace Pmo.Functions.Composition;

/// <summary>
/// Application Insights for the worker when APPLICATIONINSIGHTS_CONNECTION_STRING is set (Azure sets it from the
/// Bicep outputs); without it the worker logs to the Functions host only.
/// </summary>
public static class FunctionsTelemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    private const string ApplicationInsightsLoggerProvider =
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    public static IServiceCollection AddPmoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        services.AddApplicationInsightsTelemetryWorkerService(configuration).ConfigureFunctionsApplicationInsights();

        // The SDK adds a Warning-only rule for its logger provider; drop it so Information logs (the tick's summary) reach it.
        services.Configure<LoggerFilterOptions>(o =>
        {
            var rule = o.Rules.FirstOrDefault(r => r.ProviderName == ApplicationInsightsLoggerProvider);
            if (rule is not null)
            {
                o.Rules.Remove(rule);
            }
        });
        return services;
    }
}
