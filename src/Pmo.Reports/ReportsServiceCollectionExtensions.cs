using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pmo.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// The full pack renderer as the application's <see cref="IReviewPackBuilder"/>; a host or test that registered
    /// another builder first (e.g. <see cref="PlainHtmlPackBuilder"/>) keeps it.
    /// </summary>
    public static IServiceCollection AddPmoReports(this IServiceCollection services)
    {
        services.TryAddSingleton<IReviewPackRenderer, ReviewPackRenderer>();
        services.TryAddTransient<IReviewPackBuilder, RendererPackBuilder>();
        return services;
    }
}
