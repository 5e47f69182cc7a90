using Pmo.Application.Ports.Storage;

namespace Pmo.Storage.Contract.Crud;

/// <summary>The point-operation contract of one aggregate, run against a store (see <see cref="CrudCase{T}"/>).</summary>
public interface ICrudCase
{
    Task CreateThenFindRoundTripsAsync(IPortfolioStore store);
    Task FindMissingReturnsNullAsync(IPortfolioStore store);
    Task DuplicateCreateThrowsAndKeepsTheFirstAsync(IPortfolioStore store);
    Task ReplaceWithCurrentETagWritesAsync(IPortfolioStore store);
    Task ReplaceWithStaleETagThrowsAndChangesNothingAsync(IPortfolioStore store);
    Task ReplaceMissingThrowsNotFoundAsync(IPortfolioStore store);
    Task UpsertCreatesThenOverwritesAsync(IPortfolioStore store);
    Task DeleteRemovesOnceAsync(IPortfolioStore store);
    Task DeleteWithStaleETagThrowsAndKeepsTheDocumentAsync(IPortfolioStore store);
    Task ETagChangesOnEveryWriteAsync(IPortfolioStore store);
}
