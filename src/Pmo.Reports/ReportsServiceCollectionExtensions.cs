using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pmo.Reports.Arbitration;

namespace Pmo.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// The full pack renderer as the application's <see cref="IReviewPackBuilder"/>, and the arbitration pack's as its
    /// <see cref="IArbitrationPackBuilder"/>; a host or test that registered another builder first (e.g.
    /// <see cref="PlainHtmlPackBuilder"/>) keeps it.
    /// </summary>
    public static IServiceCollection AddPmoReports(this IServiceCollection services)
    {
        services.TryAddSingleton<IReviewPackRenderer, ReviewPackRenderer>();
        services.TryAddTransient<IReviewPackBuilder, RendererPackBuilder>();
        services.TryAddSingleton<IArbitrationPackRenderer, ArbitrationPackRenderer>();
        services.TryAddTransient<IArbitrationPackBuilder, RendererArbitrationPackBuilder>();
        return services;
    }
}
