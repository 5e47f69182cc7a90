using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Application.Ports.Storage;

namespace Pmo.Storage.Contract;

/// <summary>
/// People and allocations. Allocations are keyed by (person, project, month): the last write of a key wins, writes of
/// different keys never lose each other, 0 days deletes.
/// </summary>
public abstract partial class PortfolioStoreContract
{
    private static readonly YearMonth February = new(2027, 2);
    private static readonly YearMonth April = new(2027, 4);

    [Fact]
    public async Task People_are_listed_by_id_with_absences_and_decimal_capacity_intact()
    {
        await Store.People.CreateAsync(CapacitySamples.Person("zoe"));
        await Store.People.CreateAsync(CapacitySamples.Person("ana") with { CapacityDaysPerMonth = null, ActiveTo = new DateOnly(2027, 6, 30) });
        await Store.People.CreateAsync(CapacitySamples.Person("bob"));

        var people = await Store.People.ListAllAsync();

        Assert.Equal(["ana", "bob", "zoe"], people.Select(p => p.Id));
        DocumentAssert.Equivalent(CapacitySamples.Person("zoe"), people[2]);
        Assert.Null(people[0].CapacityDaysPerMonth);
        Assert.Equal(new DateOnly(2027, 6, 30), people[0].ActiveTo);
    }

    [Fact]
    public async Task Allocation_set_twice_keeps_the_last_days()
    {
        var first = await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March, 4));
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March, 7.25m));

        Assert.Equal(4, first?.Days);
        Assert.Equal(7.25m, (await Store.Allocations.FindAsync("ana", "P-001", CapacitySamples.March))?.Days);
        Assert.Single(await Store.Allocations.ListAsync(new AllocationQuery()));
    }

    [Fact]
    public async Task Allocation_set_to_zero_days_deletes_it()
    {
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March));

        var result = await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March, 0));

        Assert.Null(result);
        Assert.Null(await Store.Allocations.FindAsync("ana", "P-001", CapacitySamples.March));
        Assert.Null(await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March, 0)));
    }

    [Fact]
    public async Task Allocation_delete_removes_only_its_key_once()
    {
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March));
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", April));

        Assert.True(await Store.Allocations.DeleteAsync("ana", "P-001", CapacitySamples.March));
        Assert.False(await Store.Allocations.DeleteAsync("ana", "P-001", CapacitySamples.March));
        Assert.Equal([April], (await Store.Allocations.ListAsync(new AllocationQuery())).Select(a => a.Month));
    }

    [Fact]
    public async Task Allocations_are_listed_by_person_project_and_inclusive_month_range()
    {
        // "ana-b" and "anab" start like "ana": a prefix match on the person would wrongly include them.
        foreach (var person in new[] { "anab", "ana", "ana-b" })
        {
            foreach (var month in new[] { February, CapacitySamples.March, April })
            {
                await Store.Allocations.SetAsync(CapacitySamples.Allocation(person, "P-002", month));
                await Store.Allocations.SetAsync(CapacitySamples.Allocation(person, "P-001", month));
            }
        }

        var ana = await Store.Allocations.ListAsync(new AllocationQuery { PersonId = "ana" });
        var project = await Store.Allocations.ListAsync(new AllocationQuery { ProjectId = "P-001", From = CapacitySamples.March });
        var window = await Store.Allocations.ListAsync(new AllocationQuery { From = CapacitySamples.March, To = CapacitySamples.March });
        var combined = await Store.Allocations.ListAsync(new AllocationQuery { PersonId = "ana-b", ProjectId = "P-002", To = CapacitySamples.March });

        Assert.Equal(6, ana.Count);
        Assert.All(ana, a => Assert.Equal("ana", a.PersonId));
        Assert.Equal([("P-001", February), ("P-001", CapacitySamples.March), ("P-001", April), ("P-002", February), ("P-002", CapacitySamples.March), ("P-002", April)],
            ana.Select(a => (a.ProjectId, a.Month)));
        Assert.Equal([("ana", CapacitySamples.March), ("ana", April), ("ana-b", CapacitySamples.March), ("ana-b", April), ("anab", CapacitySamples.March), ("anab", April)],
            project.Select(a => (a.PersonId, a.Month)));
        Assert.Equal(6, window.Count);
        Assert.All(window, a => Assert.Equal(CapacitySamples.March, a.Month));
        Assert.Equal([February, CapacitySamples.March], combined.Select(a => a.Month));
        Assert.All(combined, a => Assert.Equal(("ana-b", "P-002"), (a.PersonId, a.ProjectId)));
    }

    [Fact]
    public async Task Concurrent_allocations_of_different_keys_are_all_kept()
    {
        var projects = Enumerable.Range(0, Racers).Select(i => $"P-{i:D3}").ToList();

        await RaceAsync(i => Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", projects[i], CapacitySamples.March, i + 1)));

        var stored = await Store.Allocations.ListAsync(new AllocationQuery { PersonId = "ana" });
        Assert.Equal(projects, stored.Select(a => a.ProjectId));
        Assert.Equal(Enumerable.Range(1, Racers).Select(i => (decimal)i), stored.Select(a => a.Days));
    }

    [Fact]
    public async Task Capacity_documents_of_another_tenant_are_invisible()
    {
        var other = await OpenStoreAsync(NewTenantId());
        await Store.People.CreateAsync(CapacitySamples.Person("ana"));
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March));

        Assert.Empty(await other.People.ListAllAsync());
        Assert.Null(await other.People.FindAsync("ana"));
        Assert.Empty(await other.Allocations.ListAsync(new AllocationQuery()));
        Assert.Null(await other.Allocations.FindAsync("ana", "P-001", CapacitySamples.March));
        Assert.False(await other.Allocations.DeleteAsync("ana", "P-001", CapacitySamples.March));
        Assert.NotNull(await Store.Allocations.FindAsync("ana", "P-001", CapacitySamples.March));
    }

    [Fact]
    public async Task Capacity_documents_survive_a_reopen()
    {
        await Store.People.CreateAsync(CapacitySamples.Person("ana"));
        await Store.Allocations.SetAsync(CapacitySamples.Allocation("ana", "P-001", CapacitySamples.March, 3.5m));

        await ReopenStoreAsync();

        DocumentAssert.Equivalent(CapacitySamples.Person("ana"), (await Store.People.FindAsync("ana"))?.Value);
        Assert.Equal(3.5m, (await Store.Allocations.FindAsync("ana", "P-001", CapacitySamples.March))?.Days);
    }
}
