using Pmo.Application.Ports.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>A client's bad paging input is a validation error naming the field (→ 400), never a crash.</summary>
public sealed class ListingValidationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("%%%")]
    public async Task A_continuation_token_this_store_did_not_issue_is_refused(string token)
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => store.Projects.ListAsync(new ProjectQuery { ContinuationToken = token }));

        Assert.Contains("continuationToken", error.Errors.Fields);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public async Task A_page_size_out_of_range_is_refused(int pageSize)
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => store.Projects.ListAsync(new ProjectQuery { PageSize = pageSize }));

        Assert.Contains("pageSize", error.Errors.Fields);
    }
}
