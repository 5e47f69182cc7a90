using Pmo.Mail;

namespace Pmo.Api.Dashboard;

/// <summary>
/// /api/dashboard: the PMO's page. Browsers sign in once with an API key (kept in an encrypted cookie); the outbox
/// section appears for admins when the host writes mail to an .eml folder.
/// </summary>
public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        var dashboard = api.MapArea("/dashboard", "Pages");
        dashboard.MapGet("/", Show).ForReaders();
        dashboard.MapGet("/capacity", CapacityPage.Show).ForReaders();
        dashboard.MapGet("/outbox/{fileName}", ShowMessage).RequireAuthorization(PmoRoles.AdminPolicy);
        dashboard.MapGet("/signin", SignInForm).AllowAnonymous();
        dashboard.MapPost("/signin", SignIn).AllowAnonymous().DisableAntiforgery();
        return api;
    }

    /// <summary>The dashboard, English by default, <c>?lang=fr</c> in French.</summary>
    public static async Task<IResult> Show(
        HttpRequest request, PortfolioSummaryService service, ClaimsPrincipal user, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var texts = DashboardPageTexts.For(PageLanguage.Pick(request, Language.En));
        var summary = await service.SummaryAsync(null, cancellationToken);
        var reader = Outbox(options.Value, user);
        var outbox = reader is null ? null : await reader.ListAsync(50, cancellationToken);
        return Layout.Page(texts.Lang, texts.PageTitle, DashboardView.Render(summary, outbox, texts), wide: true);
    }

    public static async Task<IResult> ShowMessage(
        string fileName, PortfolioSummaryService service, ClaimsPrincipal user, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var reader = Outbox(options.Value, user);
        var message = reader is null ? null : await reader.ReadAsync(fileName, cancellationToken);
        return message is null
            ? Layout.Page("en", "Not found", new HtmlWriter().Tag("h1", "No such message").ToString(), StatusCodes.Status404NotFound)
            : Layout.Page("en", message.Entry.Subject, DashboardView.Message(message, await service.TimeZoneAsync(cancellationToken)), wide: true);
    }

    public static IResult SignInForm() => Layout.Page("en", "Sign in", SignInBody(error: false));

    public static async Task<IResult> SignIn(HttpRequest request, DashboardCookie cookie, IOptionsMonitor<PmoApiOptions> options)
    {
        var (form, error) = await Forms.LinkPages.ReadFormAsync(request, 4096, "en");
        if (error is not null)
        {
            return error;
        }

        var key = form!["apiKey"].ToString();
        if (key.Length == 0 || ApiKeyAuthenticationHandler.Find(options.CurrentValue.ApiKeys, key) is null)
        {
            return Layout.Page("en", "Sign in", SignInBody(error: true), StatusCodes.Status401Unauthorized);
        }

        cookie.Write(request.HttpContext.Response, key);
        return Results.Redirect("/api/dashboard", permanent: false, preserveMethod: false);
    }

    private static string SignInBody(bool error)
    {
        var h = new HtmlWriter().Tag("h1", "PMO dashboard — sign in");
        if (error)
        {
            h.Raw("<div class=\"errors\" role=\"alert\">").Tag("p", "This key is not valid.").Raw("</div>");
        }

        return h.Raw("<form method=\"post\" action=\"/api/dashboard/signin\"><label for=\"apiKey\">API key</label>")
            .Raw("<input type=\"password\" id=\"apiKey\" name=\"apiKey\" autocomplete=\"current-password\" required>")
            .Raw("<button type=\"submit\">Sign in</button></form>").ToString();
    }

    /// <summary>The outbox is mail to real people: only admins see it, and only where the host keeps one.</summary>
    private static OutboxReader? Outbox(PmoApiOptions options, ClaimsPrincipal user) =>
        string.IsNullOrWhiteSpace(options.OutboxFolder) || !Caller.IsAdmin(user)
            ? null
            : new OutboxReader(Options.Create(new MailOptions { OutboxFolder = options.OutboxFolder }));
}
