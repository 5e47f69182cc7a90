namespace Pmo.Functions.Http;

/// <summary>
/// The intake pages (the public intake form the PMO hands out, a returned demand's amend form): open without a function
/// key, since the signed token in the link is the credential; the routes are the links' own.
/// </summary>
public sealed class IntakeFormsFunctions(ApiEndpoints api)
{
    [Function(nameof(ShowIntakeForm))]
    public IResult ShowIntakeForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.Intake)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.Intake);

    [Function(nameof(SubmitIntakeForm))]
    public IResult SubmitIntakeForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.Intake)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.Intake);

    [Function(nameof(ShowIntakeAmendForm))]
    public IResult ShowIntakeAmendForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.IntakeAmend)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.IntakeAmend);

    [Function(nameof(SubmitIntakeAmendForm))]
    public IResult SubmitIntakeAmendForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.IntakeAmend)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.IntakeAmend);
}
