namespace Pmo.Api.Arbitration;

/// <summary>
/// The page a committee member's arbitration link opens: the month's agenda with a GO / NO-GO / Defer choice per
/// request. The signed token is the only credential; no JavaScript. A POST records the votes (a later vote on a request
/// replaces the earlier one) and shows the page again with the votes as stored; a refused POST shows what was posted
/// with each error beside its request; after the deadline, the page says the
/// session is closed and a POST is refused (410).
/// </summary>
public static class ArbitrationVoteFormApi
{
    public static RouteGroupBuilder MapArbitrationVoteFormApi(this RouteGroupBuilder api)
    {
        api.MapGet("/" + LinkRoutes.ArbitrationVote, Show).WithTags("Pages").AllowAnonymous();
        api.MapPost("/" + LinkRoutes.ArbitrationVote, Vote).WithTags("Pages").AllowAnonymous().DisableAntiforgery();
        return api;
    }

    public static async Task<IResult> Show(string token, HttpRequest request, ArbitrationVoteService service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, page.Member.Language);
            return Page(language, ArbitrationVotePageView.Render(page, language, new FieldErrors(), Action(request)));
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    public static async Task<IResult> Vote(
        string token, HttpRequest request, ArbitrationVoteService service, IOptions<PmoApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var fallback = PageLanguage.Pick(request, Language.En);
        try
        {
            var page = await service.OpenAsync(token, cancellationToken);
            var language = PageLanguage.Pick(request, page.Member.Language);
            var (form, error) = await LinkPages.ReadFormAsync(request, options.Value.MaxBodyBytes, PageLanguage.Code(language));
            if (error is not null)
            {
                return error;
            }

            var (ballots, errors, posted) = ArbitrationBallotReader.Read(form!, page, language);
            if (!errors.Any)
            {
                try
                {
                    await service.VoteAsync(token, ballots, cancellationToken);
                    var stored = await service.OpenAsync(token, cancellationToken);
                    return Page(language, ArbitrationVotePageView.Render(stored, language, new FieldErrors(), Action(request), recorded: true));
                }
                catch (DomainValidationException ex)
                {
                    errors = ArbitrationBallotReader.Named(ex.Errors, ballots, language);
                }
                catch (LinkRefusedException refused) when (refused.Reason == LinkRefusal.Closed)
                {
                    // The deadline passed while the page was open: show the closed session, with nothing recorded.
                    var closed = await service.OpenAsync(token, cancellationToken);
                    return Page(language, ArbitrationVotePageView.Render(closed, language, new FieldErrors(), Action(request)), StatusCodes.Status410Gone);
                }
            }

            // Refused: the member's own choices and comments come back, not the votes stored before this post.
            return Page(language, ArbitrationVotePageView.Render(page, language, errors, Action(request), posted: posted), StatusCodes.Status422UnprocessableEntity);
        }
        catch (Exception ex) when (LinkPages.ForError(ex, fallback) is { } page)
        {
            return page;
        }
    }

    private static string Action(HttpRequest request) => request.Path + request.QueryString;

    private static IResult Page(Language language, string body, int status = StatusCodes.Status200OK) =>
        Layout.Page(PageLanguage.Code(language), ArbitrationVoteTexts.For(language).Title, body, status);
}
