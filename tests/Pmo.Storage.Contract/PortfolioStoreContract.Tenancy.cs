using Pmo.Application.Ports.Storage;

namespace Pmo.Storage.Contract;

/// <summary>Two tenants on one backend never see, overwrite or delete each other's documents.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Tenants_on_one_backend_do_not_see_each_other()
    {
        var other = await OpenStoreAsync(NewTenantId());
        Assert.Equal(TenantId, Store.TenantId);
        Assert.NotEqual(Store.TenantId, other.TenantId);

        await Store.Projects.CreateAsync(Samples.Project("P-001", "Mine"));
        await other.Projects.CreateAsync(Samples.Project("P-001", "Theirs"));
        await other.Projects.CreateAsync(Samples.Project("P-002", "Theirs too"));
        await Store.Risks.CreateAsync(Samples.Risk("R-1"));
        await Store.StatusUpdates.CreateAsync(Samples.StatusUpdate("P-001", Samples.Week));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-1"));
        await Store.ReviewPacks.CreateAsync(Samples.ReviewPack(new(2026, 11)));
        await Store.Settings.SaveAsync(Samples.Settings("Mine"), ifMatch: null);
        await Store.Idempotency.TryAddAsync(new IdempotencyRecord("k", "mine", Samples.Instant));

        Assert.Equal("Mine", (await Store.Projects.FindAsync("P-001"))?.Value.Name);
        Assert.Equal("Theirs", (await other.Projects.FindAsync("P-001"))?.Value.Name);
        Assert.Equal(["P-001"], (await Store.Projects.ListAllAsync()).Select(p => p.Id));
        Assert.Single((await Store.Projects.ListAsync(new ProjectQuery())).Items);
        Assert.Empty(await other.Risks.ListOpenAsync());
        Assert.Empty(await other.StatusUpdates.ListByWeekAsync(Samples.Week));
        Assert.Empty(await other.StatusUpdates.ListUndeliveredAsync());
        Assert.Empty(await other.Escalations.ListByProjectAsync("P-001"));
        Assert.Empty(await other.ReviewPacks.ListRecentAsync(10));
        Assert.Null(await other.Settings.FindAsync());
        Assert.Null(await other.Idempotency.FindAsync("k"));
        Assert.True(await other.Idempotency.TryAddAsync(new IdempotencyRecord("k", "theirs", Samples.Instant)));
        await other.Settings.SaveAsync(Samples.Settings("Theirs"), ifMatch: null);

        Assert.True(await other.Projects.DeleteAsync("P-001"));
        Assert.Equal("Mine", (await Store.Projects.FindAsync("P-001"))?.Value.Name);
        Assert.Equal("Mine", (await Store.Settings.FindAsync())?.Value.OrganisationName);
        Assert.Equal("mine", (await Store.Idempotency.FindAsync("k"))?.Value);
    }

    [Fact]
    public async Task Documents_survive_reopening_the_store()
    {
        var created = await Store.Projects.CreateAsync(Samples.Project("P-001"));
        await Store.Settings.SaveAsync(Samples.Settings("Kept"), ifMatch: null);

        await ReopenStoreAsync();

        Assert.Equal(TenantId, Store.TenantId);
        Assert.Equal(created.ETag, (await Store.Projects.FindAsync("P-001"))?.ETag);
        Assert.Equal("Kept", (await Store.Settings.FindAsync())?.Value.OrganisationName);
    }
}
