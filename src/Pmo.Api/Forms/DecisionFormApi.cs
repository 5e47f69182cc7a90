using Pmo.Domain.Governance;
using DecisionService = Pmo.Application.Submission.DecisionService;

namespace Pmo.Api.Forms;

/// <summary>
/// The pages committee links and pack-approval links open: the committee member's decision on an escalation, and the
/// PMO's approval of a review pack. The signed token is the only credential.
/// </summary>
public static class DecisionFormApi
{
    public static RouteGroupBuilder MapDecisionFormApi(this RouteGroupBuilder api)
    {
        api.MapGet("/" + LinkRoutes.Decision, Show).WithTags("Pages").AllowAnonymous();
        api.MapPost("/" + LinkRoutes.Decision, Decide).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        api.MapGet("/" + LinkRoutes.PackApproval, ShowPack).WithTags("Pages").AllowAnonymous();
        api.MapPost("/" + LinkRoutes.PackApproval, ApprovePack).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        return api;
    }

    public static async Task<IResult> Show(string token, HttpRequest request, DecisionService service, SettingsService settings, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenDecisionAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, await LanguageOfAsync(settings, page.Link.Actor, cancellationToken));
            var t = FormTexts.For(language);
            return Layout.Page(PageLanguage.Code(language), t.DecisionTitle,
                DecisionPageView.Render(page, t, language, new FieldErrors(), request.Path + request.QueryString));
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> Decide(
        string token, HttpRequest request, DecisionService service, SettingsService settings, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenDecisionAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, await LanguageOfAsync(settings, page.Link.Actor, cancellationToken));
            var lang = PageLanguage.Code(language);
            var t = FormTexts.For(language);
            var (form, error) = await LinkPages.ReadFormAsync(request, options.Value.MaxBodyBytes, lang);
            if (error is not null)
            {
                return error;
            }

            var errors = new FieldErrors();
            var text = form!["outcome"].ToString();
            if (Enum.TryParse<DecisionOutcome>(text, out var outcome) && Enum.IsDefined(outcome) && text.Length > 0 && !char.IsDigit(text[0]))
            {
                try
                {
                    var decision = await service.DecideAsync(token, outcome, form["comment"].ToString(), cancellationToken);
                    return Layout.Page(lang, t.DecisionTitle, DecisionPageView.Confirmation(decision, t));
                }
                catch (DomainValidationException ex)
                {
                    errors = FieldErrors.From(ex.Errors, language);
                }
            }
            else
            {
                errors.Add(t.YourDecision, t.ChooseOne);
            }

            return Layout.Page(lang, t.DecisionTitle, DecisionPageView.Render(page, t, language, errors, request.Path + request.QueryString), StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> ShowPack(string token, HttpRequest request, DecisionService service, SettingsService settings, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenPackApprovalAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, await LanguageOfAsync(settings, page.Link.Actor, cancellationToken));
            var t = FormTexts.For(language);
            var body = new HtmlWriter().Tag("h1", $"{t.PackTitle} — {page.Pack.Month}")
                .Tag("p", $"{page.Pack.ProjectCount} · {page.Pack.Status}")
                .Raw("<form method=\"post\" action=\"").Raw(HtmlWriter.Attr(request.Path + request.QueryString)).Raw("\"><button type=\"submit\">")
                .Text(t.ApprovePack).Raw("</button></form>").ToString();
            return Layout.Page(PageLanguage.Code(language), t.PackTitle, body);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> ApprovePack(string token, HttpRequest request, DecisionService service, SettingsService settings, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenPackApprovalAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, await LanguageOfAsync(settings, page.Link.Actor, cancellationToken));
            var t = FormTexts.For(language);
            var pack = await service.ApprovePackAsync(token, cancellationToken);
            return LinkPages.Message(PageLanguage.Code(language), t.PackTitle, Typography.Labelled(pack.Month.ToString(), t.PackApproved, language), StatusCodes.Status200OK);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    /// <summary>The language of the person the link was sent to, from the governance recipients, else the organisation's.</summary>
    private static async Task<Language> LanguageOfAsync(SettingsService settings, string actor, CancellationToken cancellationToken)
    {
        var (current, _) = await settings.GetAsync(cancellationToken);
        IEnumerable<Contact> people = [.. current.Recipients.Committee, .. current.Recipients.Pmo, .. current.Recipients.ReviewBoard];
        if (current.Recipients.CommitteeChair is { } chair)
        {
            people = people.Append(chair);
        }

        return people.FirstOrDefault(c => string.Equals(c.Email, actor, StringComparison.OrdinalIgnoreCase))?.Language ?? current.DefaultLanguage;
    }
}
