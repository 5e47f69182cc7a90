using Pmo.Domain.Capacity;

namespace Pmo.Storage.Cosmos.Stores;

internal sealed class CosmosPersonStore(TenantPartition partition)
    : CosmosDocumentStore<Person>(partition, DocumentKind.Person), IPersonStore
{
    private static readonly Dictionary<string, object?> NoQueryFields = [];

    public Task<IReadOnlyList<Person>> ListAllAsync(CancellationToken cancellationToken = default) =>
        ListSortedAsync(Query(), "listAll", p => p.Id, cancellationToken);

    // The listing reads the whole kind: nothing to filter on.
    protected override IReadOnlyDictionary<string, object?> QueryFields(Person item) => NoQueryFields;
}
