using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pmo.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document is generated from the mapped endpoints (so it cannot miss a route) and served at
/// /api/openapi.json; the security schemes are added here because they are not endpoint metadata.
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/openapi.json";

    public static void AddPmoOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            o.AddStringValueSchemas();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PMO Functions API",
                    Version = "v1",
                    Description = "Portfolio, weekly updates, escalations, review packs and governance settings. Errors are RFC 9457 problem+json; " +
                        "writes need If-Match with the ETag read (428 without it, 412 when stale); POSTs that start work honour Idempotency-Key.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "X-Api-Key",
                    Description = "API key from configuration (roles Pmo.Admin, Pmo.Reader, Project.Manager).",
                };
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "Entra ID access token with app roles Pmo.Admin, Pmo.Reader or Project.Manager.",
                };
                return Task.CompletedTask;
            });
        });
}
