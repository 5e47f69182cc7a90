using Pmo.Application.Ports.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract;

/// <summary>Governance settings: one document, created once (no ETag) then changed with If-Match.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Settings_are_absent_until_saved_and_default_meanwhile()
    {
        Assert.Null(await Store.Settings.FindAsync());
        Assert.Equal("Europe/Paris", (await Store.Settings.GetOrDefaultAsync()).TimeZone);
    }

    [Fact]
    public async Task Settings_save_without_etag_creates_them_once()
    {
        var created = await Store.Settings.SaveAsync(Samples.Settings("Direction des SI"), ifMatch: null);

        await Assert.ThrowsAsync<AlreadyExistsException>(() => Store.Settings.SaveAsync(Samples.Settings("Other"), ifMatch: null));

        var found = await Store.Settings.FindAsync();
        Assert.Equal("Direction des SI", found?.Value.OrganisationName);
        Assert.Equal(created.ETag, found?.ETag);
    }

    [Fact]
    public async Task Settings_save_with_the_current_etag_replaces_them_and_a_stale_one_changes_nothing()
    {
        var v1 = await Store.Settings.SaveAsync(Samples.Settings("v1"), ifMatch: null);
        var v2 = await Store.Settings.SaveAsync(Samples.Settings("v2"), v1.ETag);

        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.Settings.SaveAsync(Samples.Settings("v3"), v1.ETag));

        Assert.NotEqual(v1.ETag, v2.ETag);
        var found = await Store.Settings.FindAsync();
        Assert.Equal("v2", found?.Value.OrganisationName);
        Assert.Equal(v2.ETag, found?.ETag);
    }

    [Fact]
    public async Task Settings_save_with_an_etag_before_any_save_is_a_concurrency_error()
    {
        // If-Match on a resource that does not exist fails its precondition (RFC 9110 §13.1.1): 412, not 404.
        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.Settings.SaveAsync(Samples.Settings(), "\"stale\""));

        Assert.Null(await Store.Settings.FindAsync());
    }
}
