namespace Pmo.Api.Intake;

/// <summary>
/// The intake pages signed links open: the public form that files a new demand, and the amend form of a returned
/// demand. The token is the only credential; no JavaScript: GET shows the form, POST either re-shows it with each error
/// beside its field and the values as typed, or confirms and says what happens next.
/// </summary>
public static class IntakeFormApi
{
    public static RouteGroupBuilder MapIntakeFormApi(this RouteGroupBuilder api)
    {
        api.MapGet("/" + LinkRoutes.Intake, ShowIntake).WithTags("Pages").AllowAnonymous();
        api.MapPost("/" + LinkRoutes.Intake, SubmitIntake).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        api.MapGet("/" + LinkRoutes.IntakeAmend, ShowAmend).WithTags("Pages").AllowAnonymous();
        api.MapPost("/" + LinkRoutes.IntakeAmend, SubmitAmend).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        return api;
    }

    public static IResult ShowIntake(string token, HttpRequest request, IntakeFormService service)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var language = PageLanguage.Pick(request, service.OpenIntake(token).Language);
            return Page(language, IntakeTexts.For(language).NewTitle,
                IntakeFormPage.Render(IntakeFormValues.Blank(language), new FieldErrors(), language, Action(request)));
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> SubmitIntake(
        string token, HttpRequest request, IntakeFormService service, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var language = PageLanguage.Pick(request, service.OpenIntake(token).Language);
            var (posted, error) = await LinkPages.ReadFormAsync(request, options.Value.MaxBodyBytes, PageLanguage.Code(language));
            if (error is not null)
            {
                return error;
            }

            var values = IntakeFormValues.From(posted!);
            var (content, errors) = IntakeFormReader.Read(values, language);
            if (!errors.Any)
            {
                try
                {
                    var created = await service.SubmitIntakeAsync(token, content, cancellationToken);
                    return Page(language, IntakeTexts.For(language).NewTitle, IntakeFormPage.Confirmation(created.Value, language, amended: false));
                }
                catch (DomainValidationException ex)
                {
                    errors = FieldErrors.From(ex.Errors, language);
                }
            }

            return Page(language, IntakeTexts.For(language).NewTitle,
                IntakeFormPage.Render(values, errors, language, Action(request)), StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> ShowAmend(string token, HttpRequest request, IntakeFormService service, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var demand = await service.OpenAmendAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, demand.Value.Requester.Language);
            return Page(language, IntakeTexts.For(language).AmendTitle,
                IntakeFormPage.Render(IntakeFormValues.From(DemandContent.From(demand.Value)), new FieldErrors(), language, Action(request), demand.Value, demand.ETag));
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> SubmitAmend(
        string token, HttpRequest request, IntakeFormService service, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var demand = await service.OpenAmendAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, demand.Value.Requester.Language);
            var title = IntakeTexts.For(language).AmendTitle;
            var (posted, error) = await LinkPages.ReadFormAsync(request, options.Value.MaxBodyBytes, PageLanguage.Code(language));
            if (error is not null)
            {
                return error;
            }

            // The demand as the form showed it (its ETag); an empty one never matches, so nothing is overwritten blindly.
            var version = posted!["version"].ToString();
            var values = IntakeFormValues.From(posted);
            var (content, errors) = IntakeFormReader.Read(values, language);
            if (!errors.Any)
            {
                try
                {
                    var saved = await service.AmendAsync(token, content, version, cancellationToken);
                    return Page(language, title, IntakeFormPage.Confirmation(saved.Value, language, amended: true));
                }
                catch (DomainValidationException ex)
                {
                    errors = FieldErrors.From(ex.Errors, language);
                }
                catch (ConcurrencyException)
                {
                    // Nothing was written: keep what they typed over the demand now stored, to send again knowingly.
                    var current = await service.OpenAmendAsync(token, cancellationToken);
                    return Page(language, title, IntakeFormPage.Render(values, errors, language, Action(request), current.Value, current.ETag,
                        IntakeTexts.For(language).Conflict), StatusCodes.Status409Conflict);
                }
            }

            return Page(language, title,
                IntakeFormPage.Render(values, errors, language, Action(request), demand.Value, version), StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    private static string Action(HttpRequest request) => request.Path + request.QueryString;

    private static IResult Page(Language language, string title, string body, int status = StatusCodes.Status200OK) =>
        Layout.Page(PageLanguage.Code(language), title, body, status);
}
