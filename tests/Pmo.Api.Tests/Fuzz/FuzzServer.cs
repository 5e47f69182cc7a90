using Pmo.Api.Tests.Infrastructure;

namespace Pmo.Api.Tests.Fuzz;

/// <summary>A server of its own, so no other test writes to the store while the fuzz test checks it is unchanged.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<ApiServer>
{
    public const string Name = "fuzz";
}
