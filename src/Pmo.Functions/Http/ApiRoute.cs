using Microsoft.AspNetCore.Authorization;

namespace Pmo.Functions.Http;

/// <summary>
/// One route of the shared API as a function sees it: the method, the template relative to the "api" route prefix
/// (as in a function's <c>Route</c>), whether it is open without a key, and the API's endpoint that serves it.
/// </summary>
public sealed record ApiRoute(string Method, string Template, bool Anonymous, RouteEndpoint Endpoint)
{
    public const string Prefix = "api";

    /// <summary>"/api/projects/{projectId}/" → "projects/{projectId}".</summary>
    public static string TemplateOf(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var raw = (endpoint.RoutePattern.RawText ?? "").Trim('/');
        return raw.Equals(Prefix, StringComparison.OrdinalIgnoreCase) ? ""
            : raw.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase) ? raw[(Prefix.Length + 1)..].TrimEnd('/')
            : raw;
    }

    /// <summary>Anonymous when the endpoint says so or asks for no authorization at all.</summary>
    public static bool IsAnonymous(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
    }

    public string Key => Keyed(Method, Template);

    public static string Keyed(string method, string template) => $"{method.ToUpperInvariant()} {template}";
}
