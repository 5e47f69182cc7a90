using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Pmo.Api.Arbitration;
using Pmo.Api.Calendar;
using Pmo.Api.Capacity;
using Pmo.Api.Dashboard;
using Pmo.Api.Escalations;
using Pmo.Api.Health;
using Pmo.Api.Intake;
using Pmo.Api.Orchestrations;
using Pmo.Api.Packs;
using Pmo.Api.Portfolio;
using Pmo.Api.Projects;
using Pmo.Api.Records;
using Pmo.Api.Settings;
using Pmo.Api.Updates;

namespace Pmo.Api;

/// <summary>
/// The API as both hosts use it: <c>services.AddPmoApi(configuration)</c>, then <c>app.UsePmoApi()</c> (problem+json for
/// errors outside handlers, authentication, authorization) and <c>app.MapPmoApi()</c> (every route under /api).
/// Only HTTP concerns: the handlers call the application services the host registers with AddPmoApplication (and the
/// adapters behind their ports: the store, AddPmoWorkflows, AddPmoReports).
/// </summary>
public static class PmoApiExtensions
{
    public static IServiceCollection AddPmoApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(PmoApiOptions.SectionName);
        services.AddOptions<PmoApiOptions>().Bind(section).ValidateDataAnnotations().Validate(
            o => o.ApiKeys.All(k => k.Key.Length >= 16 && PmoRolesValid(k.Role)), "Every API key needs 16+ characters and a known role.").ValidateOnStart();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => ApiJson.Apply(o.SerializerOptions));
        services.AddPmoAuth(section.GetSection("EntraId").Get<EntraIdOptions>() ?? new EntraIdOptions());
        services.AddPmoOpenApi();
        return services;
    }

    public static IApplicationBuilder UsePmoApi(this IApplicationBuilder app)
    {
        app.UseApiProblems();
        app.UseApiBodySizeLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static RouteGroupBuilder MapPmoApi(this IEndpointRouteBuilder endpoints)
    {
        // Every route may answer these problems; the OpenAPI document says so once for all.
        var api = endpoints.MapGroup("/api")
            .AddEndpointFilter<ProblemFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapProjectsApi()
            .MapStatusUpdatesApi()
            .MapProjectRecordsApi()
            .MapEscalationsApi()
            .MapPortfolioApi()
            .MapReviewPacksApi()
            .MapArbitrationApi()
            .MapArbitrationVoteFormApi()
            .MapOrchestrationsApi()
            .MapSettingsApi()
            .MapCalendarFeedApi()
            .MapHealthApi()
            .MapUpdateFormApi()
            .MapDecisionFormApi()
            .MapDashboardApi()
            .MapPeopleApi()
            .MapAllocationsApi()
            .MapCapacityApi()
            .MapStaffingApi()
            .MapDemandsApi()
            .MapIntakeFormApi();
        api.MapOpenApi(OpenApiSetup.DocumentPath).AllowAnonymous();
        return api;
    }

    private static bool PmoRolesValid(string role) => role is PmoRoles.Admin or PmoRoles.Reader or PmoRoles.ProjectManager;
}
