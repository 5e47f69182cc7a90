using Microsoft.AspNetCore.DataProtection;

namespace Pmo.Api.Auth;

/// <summary>
/// The dashboard's sign-in: a browser cannot send X-Api-Key, so the key typed once is kept in an encrypted,
/// HttpOnly, SameSite=Strict cookie scoped to /api/dashboard and honoured on GETs only (no cross-site writes).
/// </summary>
public sealed class DashboardCookie(IDataProtectionProvider protection)
{
    public const string Name = "pmo-dashboard";
    private readonly IDataProtector _protector = protection.CreateProtector("Pmo.Api.DashboardCookie");

    public void Write(HttpResponse response, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, _protector.Protect(apiKey), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/api/dashboard",
            MaxAge = TimeSpan.FromHours(12),
        });
    }

    public string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
