using Pmo.Domain.Intake;
using Pmo.Domain.Validation;

namespace Pmo.Storage.Contract;

/// <summary>Demands: by a set of statuses, a status change moves them between listings, and a stale replace writes nothing.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Demands_are_listed_by_any_of_several_statuses_in_id_order()
    {
        await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-3", DemandStatus.Submitted));
        await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-1", DemandStatus.Qualified));
        await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-2", DemandStatus.Submitted));
        await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-4", DemandStatus.Withdrawn));

        Assert.Equal(["DEM-2", "DEM-3"], (await Store.Demands.ListByStatusAsync([DemandStatus.Submitted])).Select(d => d.Id));
        Assert.Equal(["DEM-1", "DEM-2", "DEM-3"],
            (await Store.Demands.ListByStatusAsync([DemandStatus.Qualified, DemandStatus.Submitted])).Select(d => d.Id));
        Assert.Empty(await Store.Demands.ListByStatusAsync([DemandStatus.Go]));
        Assert.Empty(await Store.Demands.ListByStatusAsync([]));
        Assert.Equal(4, (await Store.Demands.ListByStatusAsync(Enum.GetValues<DemandStatus>())).Count);
    }

    [Fact]
    public async Task A_replaced_demand_moves_to_its_new_status_listing()
    {
        var created = await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-1"));

        var moved = DemandTransitions.Apply(created.Value, DemandStatus.Returned, DemandActor.Pmo, "pmo@example.org", Samples.Instant.AddDays(1), "Add the quote");
        await Store.Demands.ReplaceAsync(moved.Demand!, created.ETag);

        Assert.Empty(await Store.Demands.ListByStatusAsync([DemandStatus.Submitted]));
        var returned = Assert.Single(await Store.Demands.ListByStatusAsync([DemandStatus.Returned]));
        Assert.Equal("Add the quote", returned.ReturnedComment);
        Assert.Equal(2, returned.History.Count);
    }

    [Fact]
    public async Task A_stale_demand_replace_leaves_the_listing_unchanged()
    {
        var created = await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-1"));
        var qualified = await Store.Demands.ReplaceAsync(created.Value with { Status = DemandStatus.Qualified }, created.ETag);

        await Assert.ThrowsAsync<ConcurrencyException>(() => Store.Demands.ReplaceAsync(created.Value with { Status = DemandStatus.Withdrawn }, created.ETag));

        Assert.Empty(await Store.Demands.ListByStatusAsync([DemandStatus.Withdrawn]));
        Assert.Equal(qualified.ETag, (await Store.Demands.FindAsync("DEM-1"))!.ETag);
    }

    [Fact]
    public async Task A_demand_s_staffing_rows_round_trip_with_their_month_and_fractional_days()
    {
        var created = await Store.Demands.CreateAsync(DemandSamples.Demand("DEM-1"));
        var replaced = await Store.Demands.ReplaceAsync(
            created.Value with { Staffing = [.. created.Value.Staffing, new DemandStaffing("Développeur", new Pmo.Domain.Primitives.YearMonth(2027, 12), 0.25m)] },
            created.ETag);

        var found = (await Store.Demands.FindAsync("DEM-1"))!;
        Assert.Equal(
            [("Data engineer", "2027-03", 40m), ("Architecte", "2027-04", 2.5m), ("Développeur", "2027-12", 0.25m)],
            found.Value.Staffing.Select(s => (s.Role, s.Month.ToString(), s.Days)));
        Assert.Equal(replaced.ETag, found.ETag);
        Assert.Equal(found.Value.Staffing, Assert.Single(await Store.Demands.ListByStatusAsync([DemandStatus.Submitted])).Staffing);
    }
}
