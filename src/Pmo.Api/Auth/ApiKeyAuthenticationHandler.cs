using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;

namespace Pmo.Api.Auth;

/// <summary>
/// Authenticates the X-Api-Key header against the keys in configuration (constant-time comparison). Calendar clients
/// cannot send headers, so the .ics feed also accepts <c>?key=</c>; the dashboard accepts the sign-in cookie on GETs.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<PmoApiOptions> apiOptions,
    DashboardCookie cookie)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var match = Find(apiOptions.CurrentValue.ApiKeys, presented);
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, string.IsNullOrEmpty(match.Name) ? match.Email : match.Name),
                new Claim(ClaimTypes.Email, match.Email),
                new Claim(ClaimTypes.Role, match.Role),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    internal static ApiKeyOptions? Find(IEnumerable<ApiKeyOptions> keys, string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        ApiKeyOptions? found = null;
        foreach (var key in keys)
        {
            // Compare against every key so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key.Key), bytes))
            {
                found = key;
            }
        }

        return found;
    }

    private string? PresentedKey()
    {
        var request = Request;
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        if (request.Path.Value?.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) == true &&
            request.Query.TryGetValue("key", out var query) && query.Count == 1 && !string.IsNullOrEmpty(query[0]))
        {
            return query[0];
        }

        return HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/api/dashboard", StringComparison.OrdinalIgnoreCase)
            ? cookie.Read(request)
            : null;
    }
}
