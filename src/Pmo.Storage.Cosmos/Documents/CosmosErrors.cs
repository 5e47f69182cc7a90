using System.Net;

namespace Pmo.Storage.Cosmos.Documents;

/// <summary>Turns the status codes the port defines into its exceptions; anything else stays a CosmosException.</summary>
internal static class CosmosErrors
{
    public static Exception? ToDomain(CosmosException error, DocumentKind kind, string id) => error.StatusCode switch
    {
        HttpStatusCode.Conflict => new AlreadyExistsException(kind.Name, id),
        HttpStatusCode.PreconditionFailed => new ConcurrencyException(kind.Name, id),
        HttpStatusCode.NotFound when error.SubStatusCode == 0 => new NotFoundException(kind.Name, id),
        _ => null,
    };

    /// <summary>
    /// 404 with no sub-status: the document is not there. A 404 with one (1003: the database or container is missing)
    /// is a broken deployment, not an absent document, and must not read as "not found".
    /// </summary>
    public static bool IsMissingDocument(ResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NotFound &&
        (response.Headers["x-ms-substatus"] is not { Length: > 0 } subStatus ||
         int.Parse(subStatus, CultureInfo.InvariantCulture) == 0);
}
