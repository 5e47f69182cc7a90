namespace Pmo.Api.Http;

/// <summary>
/// How every API area and endpoint is declared, named once: an area is a route group with its OpenAPI tag; an endpoint
/// is for readers, for writers or for the PMO (a write also documents the problems it can answer).
/// </summary>
public static class EndpointAccess
{
    /// <summary>The routes under <paramref name="prefix"/>, listed under <paramref name="tag"/> in the OpenAPI document.</summary>
    public static RouteGroupBuilder MapArea(this RouteGroupBuilder api, string prefix, string tag) =>
        api.MapGroup(prefix).WithTags(tag);

    /// <summary>Any authenticated caller with read access.</summary>
    public static TBuilder ForReaders<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(PmoRoles.ReadPolicy);

    /// <summary>A write by a project manager (their own projects) or the PMO.</summary>
    public static TBuilder ForWriters<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(PmoRoles.WritePolicy).ProducesWriteProblems();

    /// <summary>A write only the PMO may make.</summary>
    public static TBuilder ForPmo<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(PmoRoles.AdminPolicy).ProducesWriteProblems();
}
