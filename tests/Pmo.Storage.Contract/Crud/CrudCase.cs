using Pmo.Application.Ports.Storage;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract.Crud;

/// <summary>
/// The point operations of <see cref="IDocumentStore{T}"/>, checked for one aggregate type.
/// <paramref name="sample"/> builds a distinct document per number; <paramref name="change"/> alters a field.
/// </summary>
public sealed class CrudCase<T>(
    Func<IPortfolioStore, IDocumentStore<T>> select,
    Func<int, T> sample,
    Func<T, T> change) : ICrudCase
    where T : IAggregate
{
    public async Task CreateThenFindRoundTripsAsync(IPortfolioStore store)
    {
        var item = sample(1);

        var created = await select(store).CreateAsync(item);
        var found = await select(store).FindAsync(item.Id);

        Assert.False(string.IsNullOrEmpty(created.ETag));
        DocumentAssert.Equivalent(item, created.Value);
        Assert.NotNull(found);
        DocumentAssert.Equivalent(item, found.Value);
        Assert.Equal(created.ETag, found.ETag);
    }

    public async Task FindMissingReturnsNullAsync(IPortfolioStore store)
    {
        await select(store).CreateAsync(sample(1));

        Assert.Null(await select(store).FindAsync(sample(2).Id));
    }

    public async Task DuplicateCreateThrowsAndKeepsTheFirstAsync(IPortfolioStore store)
    {
        var first = await select(store).CreateAsync(sample(1));

        var error = await Assert.ThrowsAsync<AlreadyExistsException>(() => select(store).CreateAsync(change(sample(1))));

        Assert.Equal(first.Value.Id, error.Id);
        await AssertStoredAsync(store, first);
    }

    public async Task ReplaceWithCurrentETagWritesAsync(IPortfolioStore store)
    {
        var created = await select(store).CreateAsync(sample(1));

        var replaced = await select(store).ReplaceAsync(change(created.Value), created.ETag);

        Assert.NotEqual(created.ETag, replaced.ETag);
        DocumentAssert.Equivalent(change(sample(1)), replaced.Value);
        await AssertStoredAsync(store, replaced);
    }

    public async Task ReplaceWithStaleETagThrowsAndChangesNothingAsync(IPortfolioStore store)
    {
        var created = await select(store).CreateAsync(sample(1));
        var current = await select(store).ReplaceAsync(change(created.Value), created.ETag);

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => select(store).ReplaceAsync(created.Value, created.ETag));

        Assert.Equal(created.Value.Id, error.Id);
        await AssertStoredAsync(store, current);
    }

    public async Task ReplaceMissingThrowsNotFoundAsync(IPortfolioStore store)
    {
        var created = await select(store).CreateAsync(sample(1));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => select(store).ReplaceAsync(sample(2), created.ETag));

        Assert.Equal(sample(2).Id, error.Id);
        Assert.Null(await select(store).FindAsync(sample(2).Id));
    }

    public async Task UpsertCreatesThenOverwritesAsync(IPortfolioStore store)
    {
        var created = await select(store).UpsertAsync(sample(1));
        await AssertStoredAsync(store, created);

        var overwritten = await select(store).UpsertAsync(change(sample(1)));

        Assert.NotEqual(created.ETag, overwritten.ETag);
        DocumentAssert.Equivalent(change(sample(1)), overwritten.Value);
        await AssertStoredAsync(store, overwritten);
    }

    public async Task DeleteRemovesOnceAsync(IPortfolioStore store)
    {
        var kept = await select(store).CreateAsync(sample(2));
        var created = await select(store).CreateAsync(sample(1));

        Assert.True(await select(store).DeleteAsync(created.Value.Id));
        Assert.Null(await select(store).FindAsync(created.Value.Id));
        Assert.False(await select(store).DeleteAsync(created.Value.Id));
        Assert.False(await select(store).DeleteAsync(created.Value.Id, created.ETag));
        await AssertStoredAsync(store, kept);

        var again = await select(store).CreateAsync(sample(1));
        Assert.True(await select(store).DeleteAsync(again.Value.Id, again.ETag));
    }

    public async Task DeleteWithStaleETagThrowsAndKeepsTheDocumentAsync(IPortfolioStore store)
    {
        var created = await select(store).CreateAsync(sample(1));
        var current = await select(store).ReplaceAsync(change(created.Value), created.ETag);

        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => select(store).DeleteAsync(created.Value.Id, created.ETag));

        Assert.Equal(created.Value.Id, error.Id);
        await AssertStoredAsync(store, current);
    }

    public async Task ETagChangesOnEveryWriteAsync(IPortfolioStore store)
    {
        var documents = select(store);
        var v1 = await documents.CreateAsync(sample(1));
        var v2 = await documents.ReplaceAsync(v1.Value, v1.ETag);
        var v3 = await documents.UpsertAsync(v2.Value);
        var v4 = await documents.ReplaceAsync(change(v3.Value), v3.ETag);

        var etags = new[] { v1.ETag, v2.ETag, v3.ETag, v4.ETag };
        Assert.Equal(etags.Length, etags.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(v4.ETag, (await documents.FindAsync(v1.Value.Id))?.ETag);
    }

    private async Task AssertStoredAsync(IPortfolioStore store, Versioned<T> expected)
    {
        var found = await select(store).FindAsync(expected.Value.Id);
        Assert.NotNull(found);
        DocumentAssert.Equivalent(expected.Value, found.Value);
        Assert.Equal(expected.ETag, found.ETag);
    }
}
