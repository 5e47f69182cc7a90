namespace Pmo.Functions.Http;

/// <summary>
/// The arbitration vote page a committee member's link opens: without a function key, since the signed token in the link
/// is the credential; the route is the link's own.
/// </summary>
public sealed class ArbitrationVoteFormFunctions(ApiEndpoints api)
{
    [Function(nameof(ShowArbitrationVoteForm))]
    public IResult ShowArbitrationVoteForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkRoutes.ArbitrationVote)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "GET", LinkRoutes.ArbitrationVote);

    [Function(nameof(SubmitArbitrationVoteForm))]
    public IResult SubmitArbitrationVoteForm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkRoutes.ArbitrationVote)] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        api.Invoke(request, client, "POST", LinkRoutes.ArbitrationVote);
}
