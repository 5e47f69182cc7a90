using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pmo.Api;
using Pmo.Application;
using Pmo.Functions.Http;
using Pmo.Mail;
using Pmo.Reports;
using Pmo.Workflows.Configuration;

namespace Pmo.Functions.Composition;

/// <summary>
/// Everything the functions need except the store: mail ("Mail"), workflows ("Workflows", link keys included — Key
/// Vault references in Azure), the shared API ("Api") and the invocation's Durable client. Program.cs adds the Cosmos
/// store; tests add SQLite and call the functions against the same composition.
/// </summary>
public static class FunctionsServices
{
    public static IServiceCollection AddPmoFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // The API's endpoints are built from route handlers; the exception handler of its pipeline reports to a listener.
        services.AddRouting();
        services.TryAddSingleton(_ => new DiagnosticListener("Microsoft.AspNetCore"));
        services.TryAddSingleton<DiagnosticSource>(sp => sp.GetRequiredService<DiagnosticListener>());

        services.AddMailer(configuration.GetSection(MailOptions.SectionName))
            .AddPmoApplication(configuration)
            .AddPmoReports()
            .AddPmoWorkflows()
            .AddPmoApi(configuration);

        // On Functions the Durable client is bound per invocation ([DurableClient]); the services that need one get that one.
        services.AddScoped<DurableClientScope>();
        services.AddScoped<DurableTaskClient>(sp => sp.GetRequiredService<DurableClientScope>().Client);

        // The shared API's endpoints. They are also the application's EndpointDataSource, which the API's OpenAPI
        // document and link generation read; the worker's own routing keeps its data source of functions.
        services.AddSingleton<ApiEndpoints>();
        services.Replace(ServiceDescriptor.Singleton<EndpointDataSource>(sp => sp.GetRequiredService<ApiEndpoints>().DataSource));
        return services;
    }
}
