using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

/// <summary>Entra ID bearer tokens with app roles, validated by JwtBearer against the test server's signing key.</summary>
[Collection(ApiCollection.Name)]
public sealed class EntraIdTests(ApiServer server)
{
    private HttpClient Bearer(string token)
    {
        var client = server.Client(apiKey: null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string Token(string email, string[] roles, SecurityKey? key = null, string audience = ApiServer.EntraAudience, DateTime? expires = null)
    {
        var claims = new Dictionary<string, object> { ["preferred_username"] = email, ["roles"] = roles };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ApiServer.EntraIssuer,
            Audience = audience,
            Claims = claims,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(30)).AddHours(-1),
            SigningCredentials = new SigningCredentials(key ?? ApiServer.EntraKey, SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task Reader_token_reads_but_cannot_write()
    {
        var reader = Bearer(Token("reader@example.org", ["Pmo.Reader"]));
        using var read = await reader.GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var write = await reader.PostAsync("/api/projects", Json(Project(NewId("P"))));
        await AssertProblemAsync(write, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Manager_token_touches_only_their_projects()
    {
        var manager = Bearer(Token(ApiServer.ManagerEmail, ["Project.Manager"]));
        var (_, _) = await manager.CreateProjectAsync(NewId("P"));
        using var other = await manager.PostAsync("/api/projects", Json(Project(NewId("P"), ApiServer.OtherManagerEmail)));
        await AssertProblemAsync(other, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_token_reads_settings()
    {
        using var response = await Bearer(Token("pmo@example.org", ["Pmo.Admin"])).GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forged_expired_wrong_audience_and_roleless_tokens_are_refused()
    {
        var forged = Token("x@example.org", ["Pmo.Admin"], new SymmetricSecurityKey(new byte[32]));
        using var r1 = await Bearer(forged).GetAsync("/api/projects");
        await AssertProblemAsync(r1, HttpStatusCode.Unauthorized);

        var expired = Token("x@example.org", ["Pmo.Admin"], expires: DateTime.UtcNow.AddHours(-2));
        using var r2 = await Bearer(expired).GetAsync("/api/projects");
        await AssertProblemAsync(r2, HttpStatusCode.Unauthorized);

        var audience = Token("x@example.org", ["Pmo.Admin"], audience: "api://someone-else");
        using var r3 = await Bearer(audience).GetAsync("/api/projects");
        await AssertProblemAsync(r3, HttpStatusCode.Unauthorized);

        using var r4 = await Bearer(Token("x@example.org", [])).GetAsync("/api/projects");
        await AssertProblemAsync(r4, HttpStatusCode.Forbidden);
    }
}
