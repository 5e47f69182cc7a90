using System.Net;
using Microsoft.Azure.Cosmos;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Cosmos.Documents;

/// <summary>Turns the status codes the port defines into its exceptions; anything else stays a CosmosException.</summary>
internal static class CosmosErrors
{
    public static Exception? ToDomain(CosmosException error, DocumentKind kind, string id) => error.StatusCode switch
    {
        HttpStatusCode.Conflict => new AlreadyExistsException(kind.Name, id),
        HttpStatusCode.PreconditionFailed => new ConcurrencyException(kind.Name, id),
        HttpStatusCode.NotFound => new NotFoundException(kind.Name, id),
        _ => null,
    };
}
