using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Monthly review packs: by month, and the most recent ones.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Review_pack_is_found_by_month()
    {
        await Store.ReviewPacks.CreateAsync(Samples.ReviewPack(new YearMonth(2026, 10)));

        Assert.Equal(new YearMonth(2026, 10), (await Store.ReviewPacks.FindAsync(new YearMonth(2026, 10)))?.Value.Month);
        Assert.Null(await Store.ReviewPacks.FindAsync(new YearMonth(2026, 11)));
    }

    [Fact]
    public async Task Recent_review_packs_come_newest_month_first_up_to_the_limit()
    {
        var months = new[] { new YearMonth(2026, 11), new YearMonth(2025, 12), new YearMonth(2026, 2), new YearMonth(2026, 10), new YearMonth(2026, 1) };
        foreach (var month in months)
        {
            await Store.ReviewPacks.CreateAsync(Samples.ReviewPack(month));
        }

        var recent = await Store.ReviewPacks.ListRecentAsync(3);

        Assert.Equal([new YearMonth(2026, 11), new YearMonth(2026, 10), new YearMonth(2026, 2)], recent.Select(p => p.Month));
        Assert.Equal(5, (await Store.ReviewPacks.ListRecentAsync(12)).Count);
    }
}
