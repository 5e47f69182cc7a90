using Pmo.Storage.Contract.Crud;

namespace Pmo.Storage.Contract;

/// <summary>Point operations of every aggregate (the theory runs once per aggregate; see <see cref="CrudCases"/>).</summary>
public abstract partial class PortfolioStoreContract
{
    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Create_then_find_round_trips_the_document_and_its_etag(string aggregate) =>
        CrudCases.Get(aggregate).CreateThenFindRoundTripsAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Find_of_a_missing_id_returns_null(string aggregate) =>
        CrudCases.Get(aggregate).FindMissingReturnsNullAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Create_of_a_taken_id_throws_AlreadyExists_and_keeps_the_first(string aggregate) =>
        CrudCases.Get(aggregate).DuplicateCreateThrowsAndKeepsTheFirstAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Replace_with_the_current_etag_writes_and_changes_the_etag(string aggregate) =>
        CrudCases.Get(aggregate).ReplaceWithCurrentETagWritesAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Replace_with_a_stale_etag_throws_Concurrency_and_changes_nothing(string aggregate) =>
        CrudCases.Get(aggregate).ReplaceWithStaleETagThrowsAndChangesNothingAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Replace_of_a_missing_id_throws_NotFound(string aggregate) =>
        CrudCases.Get(aggregate).ReplaceMissingThrowsNotFoundAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Upsert_creates_then_overwrites_without_an_etag(string aggregate) =>
        CrudCases.Get(aggregate).UpsertCreatesThenOverwritesAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Delete_removes_once_then_returns_false(string aggregate) =>
        CrudCases.Get(aggregate).DeleteRemovesOnceAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Delete_with_a_stale_etag_throws_Concurrency_and_keeps_the_document(string aggregate) =>
        CrudCases.Get(aggregate).DeleteWithStaleETagThrowsAndKeepsTheDocumentAsync(Store);

    [Theory, MemberData(nameof(CrudCases.Names), MemberType = typeof(CrudCases))]
    public Task Etag_changes_on_every_write(string aggregate) =>
        CrudCases.Get(aggregate).ETagChangesOnEveryWriteAsync(Store);
}
