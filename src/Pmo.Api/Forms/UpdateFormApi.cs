namespace Pmo.Api.Forms;

/// <summary>
/// The page a reminder e-mail links to. The signed token in the URL is the only credential; the page works without
/// JavaScript: GET shows the form, POST validates and either shows the errors in place or the confirmation.
/// </summary>
public static class UpdateFormApi
{
    public static RouteGroupBuilder MapUpdateFormApi(this RouteGroupBuilder api)
    {
        var route = "/" + LinkRoutes.UpdateForm;
        api.MapGet(route, Show).WithTags("Pages").AllowAnonymous();
        api.MapPost(route, Submit).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        return api;
    }

    public static async Task<IResult> Show(string token, HttpRequest request, UpdateSubmissionService service, SettingsService settings, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Domain.Primitives.Language.En);
        try
        {
            var form = await service.OpenAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, form.Project.Manager.Language);
            var zone = await ZoneAsync(settings, cancellationToken);
            var t = FormTexts.For(language);
            return Layout.Page(PageLanguage.Code(language), t.UpdateTitle,
                UpdateFormPage.Render(form, null, new FieldErrors(), t, language, zone, request.Path + request.QueryString, form.Version));
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> Submit(
        string token, HttpRequest request, UpdateSubmissionService service, SettingsService settings, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Domain.Primitives.Language.En);
        try
        {
            var form = await service.OpenAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, form.Project.Manager.Language);
            var lang = PageLanguage.Code(language);
            var t = FormTexts.For(language);
            var (posted, error) = await LinkPages.ReadFormAsync(request, options.Value.MaxBodyBytes, lang);
            if (error is not null)
            {
                return error;
            }

            // The answer this form amends, as it was when the form was shown (empty for a first answer).
            var version = posted!["version"].ToString() is { Length: > 0 } v ? v : null;
            var (draft, errors) = UpdateFormReader.Read(posted, form.Project, form.Request.Week, t, language);
            var zone = await ZoneAsync(settings, cancellationToken);
            var action = request.Path + request.QueryString;
            if (!errors.Any)
            {
                try
                {
                    var result = await service.SubmitAsync(token, draft!, version, cancellationToken);
                    var changeAgainUntil = result.Amended ? UpdateFormPage.When(form.Request.Deadline, language, zone) : null;
                    return Layout.Page(lang, t.Thanks, UpdateFormPage.Confirmation(form, t, language, changeAgainUntil));
                }
                catch (DomainValidationException ex)
                {
                    errors = FieldErrors.From(ex.Errors, language);
                }
                catch (AnswerChangedException ex)
                {
                    // Nothing was written: show what they entered over the answer now stored, to send again knowingly.
                    var changedAt = UpdateFormPage.When(ex.Current.AmendedAt ?? ex.Current.SubmittedAt, language, zone);
                    return Layout.Page(lang, t.UpdateTitle,
                        UpdateFormPage.Render(form with { Answered = ex.Current }, draft, errors, t, language, zone, action, ex.Version,
                            AmendmentTexts.Conflict(language, changedAt)), StatusCodes.Status409Conflict);
                }
            }

            return Layout.Page(lang, t.UpdateTitle,
                UpdateFormPage.Render(form, draft, errors, t, language, zone, action, version), StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    /// <summary>Deadlines are shown on the organisation's wall clock.</summary>
    private static async Task<TimeZoneInfo> ZoneAsync(SettingsService settings, CancellationToken cancellationToken)
    {
        var (current, _) = await settings.GetAsync(cancellationToken);
        return TimeZoneInfo.TryFindSystemTimeZoneById(current.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
