using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Weekly status updates: by project and week range, by week, across weeks, and the undelivered outbox.</summary>
public abstract partial class PortfolioStoreContract
{
    private static readonly IsoWeek W52 = new(2026, 52);
    private static readonly IsoWeek W53 = new(2026, 53);
    private static readonly IsoWeek NextW01 = new(2027, 1);
    private static readonly IsoWeek NextW02 = new(2027, 2);

    private async Task SeedUpdatesAsync()
    {
        // Written out of order, across a year boundary (2026 has 53 ISO weeks).
        foreach (var (project, week) in new[] { ("P-002", W53), ("P-001", NextW02), ("P-001", W52), ("P-002", NextW01), ("P-001", W53), ("P-001", NextW01) })
        {
            await Store.StatusUpdates.CreateAsync(Samples.StatusUpdate(project, week));
        }
    }

    [Fact]
    public async Task Status_update_is_found_by_project_and_week()
    {
        await SeedUpdatesAsync();

        var found = await Store.StatusUpdates.FindAsync("P-001", W53);

        Assert.NotNull(found);
        Assert.Equal(("P-001", W53), (found.Value.ProjectId, found.Value.Week));
        Assert.Null(await Store.StatusUpdates.FindAsync("P-003", W53));
        Assert.Null(await Store.StatusUpdates.FindAsync("P-002", W52));
    }

    [Fact]
    public async Task Status_updates_of_a_project_come_oldest_first_within_inclusive_bounds()
    {
        await SeedUpdatesAsync();

        Assert.Equal([W52, W53, NextW01, NextW02], (await Store.StatusUpdates.ListByProjectAsync("P-001")).Select(u => u.Week));
        Assert.Equal([W53, NextW01], (await Store.StatusUpdates.ListByProjectAsync("P-001", W53, NextW01)).Select(u => u.Week));
        Assert.Equal([NextW01, NextW02], (await Store.StatusUpdates.ListByProjectAsync("P-001", from: NextW01)).Select(u => u.Week));
        Assert.Equal([W52], (await Store.StatusUpdates.ListByProjectAsync("P-001", to: W52)).Select(u => u.Week));
        Assert.Empty(await Store.StatusUpdates.ListByProjectAsync("P-003"));
    }

    [Fact]
    public async Task Status_updates_of_a_week_cover_every_project()
    {
        await SeedUpdatesAsync();

        var updates = await Store.StatusUpdates.ListByWeekAsync(W53);

        Assert.Equal(["P-001", "P-002"], updates.Select(u => u.ProjectId).Order(StringComparer.Ordinal));
        Assert.All(updates, u => Assert.Equal(W53, u.Week));
        Assert.Empty(await Store.StatusUpdates.ListByWeekAsync(new IsoWeek(2026, 1)));
    }

    [Fact]
    public async Task Status_updates_of_a_week_range_come_by_project_then_week()
    {
        await SeedUpdatesAsync();

        var updates = await Store.StatusUpdates.ListByWeeksAsync(W53, NextW01);

        Assert.Equal(
            [("P-001", W53), ("P-001", NextW01), ("P-002", W53), ("P-002", NextW01)],
            updates.Select(u => (u.ProjectId, u.Week)));
    }

    [Fact]
    public async Task Undelivered_status_updates_are_those_without_a_delivery_instant()
    {
        await SeedUpdatesAsync();
        var delivered = (await Store.StatusUpdates.FindAsync("P-001", W52))!;
        await Store.StatusUpdates.ReplaceAsync(delivered.Value with { EventDeliveredAt = Samples.Instant }, delivered.ETag);

        var undelivered = await Store.StatusUpdates.ListUndeliveredAsync();

        Assert.Equal(5, undelivered.Count);
        Assert.DoesNotContain(undelivered, u => u.ProjectId == "P-001" && u.Week == W52);

        foreach (var update in undelivered)
        {
            await Store.StatusUpdates.UpsertAsync(update with { EventDeliveredAt = Samples.Instant });
        }

        Assert.Empty(await Store.StatusUpdates.ListUndeliveredAsync());
    }
}
