using Microsoft.AspNetCore.Builder;
using Pmo.Api;

namespace Pmo.Functions.Http;

/// <summary>
/// The shared API as the local host maps it (<c>MapPmoApi</c>), found by method and route, and the same pipeline
/// the local host puts in front of it (<c>UsePmoApi</c>: problem+json, authentication, authorization). Each HTTP
/// function hands its request to the one endpoint of its route, so both hosts bind, authorize, filter and answer alike.
/// </summary>
public sealed class ApiEndpoints
{
    private readonly Dictionary<string, ApiRoute> _byKey;
    private readonly Lazy<RequestDelegate> _pipeline;

    public ApiEndpoints(IServiceProvider services)
    {
        var builder = new ApiRouteBuilder(services);
        builder.MapPmoApi();
        DataSource = new CompositeEndpointDataSource(builder.DataSources);
        Routes = [.. DataSource.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                new ApiRoute(m.ToUpperInvariant(), ApiRoute.TemplateOf(e), ApiRoute.IsAnonymous(e), e)))
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
        _byKey = Routes.ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        _pipeline = new Lazy<RequestDelegate>(() => BuildPipeline(services));
    }

    /// <summary>Every endpoint of the shared API (what the API's OpenAPI document describes).</summary>
    public EndpointDataSource DataSource { get; }

    /// <summary>Every (method, route) pair the shared API answers.</summary>
    public IReadOnlyList<ApiRoute> Routes { get; }

    public ApiRoute Find(string method, string template) =>
        _byKey.TryGetValue(ApiRoute.Keyed(method, template), out var route)
            ? route
            : throw new InvalidOperationException($"The shared API maps no '{method} /{ApiRoute.Prefix}/{template}'.");

    /// <summary>
    /// The response of the API's endpoint for <paramref name="method"/> <paramref name="template"/> to this request,
    /// with the invocation's Durable client available to the handlers.
    /// </summary>
    public IResult Invoke(HttpRequest request, DurableTaskClient client, string method, string template)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var route = Find(method, template);
        request.HttpContext.RequestServices.WithDurableClient(client);
        return new ApiEndpointResult(route, _pipeline.Value);
    }

    private static RequestDelegate BuildPipeline(IServiceProvider services)
    {
        var app = new ApplicationBuilder(services);
        app.UsePmoApi();
        app.Run(context => context.GetEndpoint()?.RequestDelegate?.Invoke(context) ?? Task.CompletedTask);
        return app.Build();
    }
}
