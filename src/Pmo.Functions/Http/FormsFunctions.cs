namespace Pmo.Functions.Http;

/// <summary>
/// The pages behind the signed links of the e-mails (weekly update form, committee decision, pack approval): open
/// without a function key, since the signed token in the link is the credential; the routes are the links' own.
/// </summary>
public sealed class FormsFunctions(ApiEndpoints api)
{
    [Function(nameof(ShowUpdateForm))]
    public IResult ShowUpdateForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.UpdateForm)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.UpdateForm);

    [Function(nameof(SubmitUpdateForm))]
    public IResult SubmitUpdateForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.UpdateForm)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.UpdateForm);

    [Function(nameof(ShowDecisionForm))]
    public IResult ShowDecisionForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.Decision)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.Decision);

    [Function(nameof(SubmitDecisionForm))]
    public IResult SubmitDecisionForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.Decision)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.Decision);

    [Function(nameof(ShowPackApprovalForm))]
    public IResult ShowPackApprovalForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.PackApproval)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.PackApproval);

    [Function(nameof(SubmitPackApprovalForm))]
    public IResult SubmitPackApprovalForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.PackApproval)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.PackApproval);
}
