using System.Net;
using Microsoft.Azure.Cosmos;
using Pmo.Domain.Validation;
using Pmo.Storage.Cosmos.Documents;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class CosmosErrorsTests
{
    [Fact]
    public void A_404_without_sub_status_is_a_missing_document()
    {
        using var response = new ResponseMessage(HttpStatusCode.NotFound);

        Assert.True(CosmosErrors.IsMissingDocument(response));
    }

    [Fact]
    public void A_404_for_a_missing_container_is_not_a_missing_document()
    {
        using var response = new ResponseMessage(HttpStatusCode.NotFound);
        response.Headers["x-ms-substatus"] = "1003";

        Assert.False(CosmosErrors.IsMissingDocument(response));
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, 0, typeof(AlreadyExistsException))]
    [InlineData(HttpStatusCode.PreconditionFailed, 0, typeof(ConcurrencyException))]
    [InlineData(HttpStatusCode.NotFound, 0, typeof(NotFoundException))]
    [InlineData(HttpStatusCode.NotFound, 1003, null)]
    [InlineData(HttpStatusCode.TooManyRequests, 0, null)]
    public void Status_codes_map_to_the_ports_exceptions(HttpStatusCode status, int subStatus, Type? expected)
    {
        var error = new CosmosException("x", status, subStatus, "activity", 1.0);

        Assert.Equal(expected, CosmosErrors.ToDomain(error, DocumentKind.Risk, "R-1")?.GetType());
    }
}
