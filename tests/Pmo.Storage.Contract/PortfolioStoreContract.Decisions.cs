namespace Pmo.Storage.Contract;

/// <summary>The decision log: by project, and decisions taken in a half-open interval of instants.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Decisions_are_listed_by_project()
    {
        await Store.Decisions.CreateAsync(Samples.Decision("D-1", "P-001"));
        await Store.Decisions.CreateAsync(Samples.Decision("D-2", "P-002"));
        await Store.Decisions.CreateAsync(Samples.Decision("D-3", "P-001"));

        Assert.Equal(["D-1", "D-3"], Ids(await Store.Decisions.ListByProjectAsync("P-001")));
    }

    [Fact]
    public async Task Decisions_between_two_instants_include_the_start_exclude_the_end_and_come_oldest_first()
    {
        var from = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var paris = TimeSpan.FromHours(1);

        // Instants are compared as instants whatever their offset: 00:30 in Paris on 1 November is still October in UTC.
        await Store.Decisions.CreateAsync(Samples.Decision("D-before", decidedAt: new DateTimeOffset(2026, 11, 1, 0, 30, 0, paris)));
        await Store.Decisions.CreateAsync(Samples.Decision("D-late", decidedAt: new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero)));
        await Store.Decisions.CreateAsync(Samples.Decision("D-start", decidedAt: from));
        await Store.Decisions.CreateAsync(Samples.Decision("D-end", decidedAt: to));
        await Store.Decisions.CreateAsync(Samples.Decision("D-mid", decidedAt: new DateTimeOffset(2026, 11, 15, 9, 0, 0, TimeSpan.FromHours(-5))));
        await Store.Decisions.CreateAsync(Samples.Decision("D-midnight-paris", decidedAt: new DateTimeOffset(2026, 12, 1, 0, 30, 0, paris)));

        var decisions = await Store.Decisions.ListDecidedBetweenAsync(from, to);

        Assert.Equal(["D-start", "D-mid", "D-midnight-paris", "D-late"], decisions.Select(d => d.Id));
    }
}
