namespace Pmo.Functions.Http;

/// <summary>
/// What an HTTP function returns: executing it (the Functions ASP.NET Core integration does) runs the API's pipeline
/// and endpoint for <see cref="Route"/> on the request, exactly as the local host would.
/// </summary>
public sealed class ApiEndpointResult(ApiRoute route, RequestDelegate pipeline) : IResult
{
    public ApiRoute Route { get; } = route;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.SetEndpoint(Route.Endpoint);
        return pipeline(httpContext);
    }
}
