using Pmo.Application.Portfolio;
using Pmo.Domain.Capacity;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Tests.Support;

namespace Pmo.Workflows.Tests.Capacity;

/// <summary>The weekly over-allocation scan over a real SQLite file: who is escalated, on which project, and only once.</summary>
public sealed class OverAllocationRaiserTests : IAsyncLifetime, IDisposable
{
    // Thursday 11 March 2027: the scan looks at March (23 working days) to August 2027.
    private static readonly IsoWeek Week = new(2027, 10);
    private static readonly YearMonth March = new(2027, 3);
    private static readonly YearMonth April = new(2027, 4);
    private static readonly DateTimeOffset At = new(2027, 3, 12, 17, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly QueuedEscalationStarter _starter = new();
    private SqlitePortfolioStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqlitePortfolioStore.OpenAsync(_folder.StoreOptions());
        await TestPortfolio.SeedAsync(_store, TestPortfolio.Settings());
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private OverAllocationRaiser Raiser => new(_store, _starter);

    private async Task PersonAsync(string id, params (string Project, YearMonth Month, decimal Days)[] allocations)
    {
        await _store.People.CreateAsync(new Person { Id = id, Name = $"Person {id}", Email = $"{id}@acme.example", CapacityDaysPerMonth = 20 });
        foreach (var (project, month, days) in allocations)
        {
            await _store.Allocations.SetAsync(new Allocation(id, project, month, days));
        }
    }

    [Fact]
    public async Task A_person_above_110_percent_two_months_running_is_escalated_on_the_project_with_most_days()
    {
        // Ana: 24 days (120 %) in March, 23 (115 %) in April; BOREAL takes 27 of them, ATLAS 20.
        await PersonAsync("ana", ("ATLAS", March, 12), ("BOREAL", March, 12), ("ATLAS", April, 8), ("BOREAL", April, 15));
        // Bob: exactly 110 % both months (not above); Carl: 125 % in March only.
        await PersonAsync("bob", ("ATLAS", March, 22), ("ATLAS", April, 22));
        await PersonAsync("carl", ("CASTOR", March, 25), ("CASTOR", April, 10));

        var ids = await Raiser.RaiseAsync(new OverAllocationCheck(Week, At));

        Assert.Equal(["BOREAL-overallocation-ana-2027-03"], ids);
        var escalation = (await _store.Escalations.FindAsync(ids[0]))!.Value;
        Assert.Equal(EscalationReason.OverAllocation, escalation.Reason);
        Assert.Equal("BOREAL", escalation.ProjectId);
        Assert.Contains("Person ana is allocated above 110 % of their capacity for 2 months running (2027-03 120 %, 2027-04 115 %)", escalation.Summary, StringComparison.Ordinal);
        Assert.Equal(At, escalation.RaisedAt);
        Assert.Single(_starter.Pending);
    }

    [Fact]
    public async Task The_scan_raises_once_per_person_and_run_even_after_the_decision_and_again_for_a_new_run()
    {
        // Over since February (before the scan's window): the run is named by its first month.
        await PersonAsync("ana", ("ATLAS", March.Previous(), 24), ("ATLAS", March, 24), ("ATLAS", April, 24));

        var first = await Raiser.RaiseAsync(new OverAllocationCheck(Week, At));
        var retried = await Raiser.RaiseAsync(new OverAllocationCheck(Week, At));
        var nextWeek = await Raiser.RaiseAsync(new OverAllocationCheck(Week.Next(), At.AddDays(7)));
        var raised = (await _store.Escalations.FindAsync(first[0]))!.Value;
        await _store.Escalations.UpsertAsync(raised with { Status = EscalationStatus.Decided });
        var afterDecision = await Raiser.RaiseAsync(new OverAllocationCheck(Week.AddWeeks(2), At.AddDays(14)));

        Assert.Equal(["ATLAS-overallocation-ana-2027-02"], first);
        Assert.Equal(first, retried);
        Assert.Empty(nextWeek);
        Assert.Empty(afterDecision);
        Assert.Equal(2, _starter.Pending.Count);
        Assert.Single(await _store.Escalations.ListByProjectAsync("ATLAS"));

        // May back to 15 days, June and July above again: a new run, escalated anew.
        await _store.Allocations.SetAsync(new Allocation("ana", "ATLAS", new YearMonth(2027, 5), 15));
        await _store.Allocations.SetAsync(new Allocation("ana", "ATLAS", new YearMonth(2027, 6), 24));
        await _store.Allocations.SetAsync(new Allocation("ana", "ATLAS", new YearMonth(2027, 7), 24));
        var newRun = await Raiser.RaiseAsync(new OverAllocationCheck(Week.AddWeeks(3), At.AddDays(21)));

        Assert.Equal(["ATLAS-overallocation-ana-2027-06"], newRun);
    }

    [Fact]
    public async Task Nothing_is_raised_without_people()
    {
        Assert.Empty(await Raiser.RaiseAsync(new OverAllocationCheck(Week, At)));
        Assert.Empty(await _store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>()));
    }
}
