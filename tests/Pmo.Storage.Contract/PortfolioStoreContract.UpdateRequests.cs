using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Weekly update requests: a week's requests and a project's most recent ones.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Update_requests_of_a_week_cover_every_project()
    {
        await Store.UpdateRequests.CreateAsync(Samples.UpdateRequest("P-002", Samples.Week));
        await Store.UpdateRequests.CreateAsync(Samples.UpdateRequest("P-001", Samples.Week));
        await Store.UpdateRequests.CreateAsync(Samples.UpdateRequest("P-001", Samples.Week.Previous()));

        var requests = await Store.UpdateRequests.ListByWeekAsync(Samples.Week);

        Assert.Equal(["P-001", "P-002"], requests.Select(r => r.ProjectId).Order(StringComparer.Ordinal));
        Assert.All(requests, r => Assert.Equal(Samples.Week, r.Week));
    }

    [Fact]
    public async Task Recent_update_requests_of_a_project_come_newest_first_up_to_the_limit()
    {
        var weeks = Enumerable.Range(0, 6).Select(i => new IsoWeek(2026, 50).AddWeeks(i)).ToArray();
        foreach (var week in weeks.AsEnumerable().Reverse())
        {
            await Store.UpdateRequests.CreateAsync(Samples.UpdateRequest("P-001", week));
        }

        await Store.UpdateRequests.CreateAsync(Samples.UpdateRequest("P-002", weeks[^1].Next()));

        var recent = await Store.UpdateRequests.ListRecentByProjectAsync("P-001", 4);

        Assert.Equal(weeks.AsEnumerable().Reverse().Take(4), recent.Select(r => r.Week));
        Assert.Equal(6, (await Store.UpdateRequests.ListRecentByProjectAsync("P-001", 50)).Count);
        Assert.Empty(await Store.UpdateRequests.ListRecentByProjectAsync("P-003", 4));
    }
}
