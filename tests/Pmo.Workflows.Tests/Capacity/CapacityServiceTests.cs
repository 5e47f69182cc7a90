using Pmo.Domain.Capacity;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Validation;
using Pmo.Storage.Sqlite;
using Pmo.Application.Capacity;
using Pmo.Workflows.Tests.Support;

namespace Pmo.Workflows.Tests.Capacity;

/// <summary>The capacity application service over a real SQLite file: validation by field, references, ETags, staffing.</summary>
public sealed class CapacityServiceTests : IAsyncLifetime, IDisposable
{
    private static readonly YearMonth March = new(2027, 3);
    private static readonly YearMonth April = new(2027, 4);

    private readonly TempFolder _folder = new();
    private SqlitePortfolioStore _store = null!;
    private CapacityService _service = null!;

    public async Task InitializeAsync()
    {
        _store = await SqlitePortfolioStore.OpenAsync(_folder.StoreOptions());
        _service = new CapacityService(_store);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    // xunit disposes after DisposeAsync: the file is closed by then.
    public void Dispose() => _folder.Dispose();

    private static Person Person(string id, string role = "Data engineer", decimal? capacity = 20) => new()
    {
        Id = id,
        Name = $"Person {id}",
        Email = $"{id}@example.org",
        Department = "Data",
        Role = role,
        CapacityDaysPerMonth = capacity,
    };

    private static Project Project(string id) => TestPortfolio.Project(id, $"Project {id}", TestPortfolio.Alice, TestPortfolio.Sue);

    [Fact]
    public async Task An_invalid_person_is_refused_naming_each_field_and_nothing_is_stored()
    {
        var person = Person("ana") with
        {
            Name = " ",
            Email = "not-an-address",
            CapacityDaysPerMonth = 40,
            Absences = [new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 2)), new DateRange(new DateOnly(2027, 3, 9), new DateOnly(2027, 3, 8))],
        };

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => _service.CreatePersonAsync(person));

        Assert.Equal(["absences[1].end", "capacityDaysPerMonth", "email", "name"], error.Errors.Fields.Order(StringComparer.Ordinal));
        Assert.Empty(await _store.People.ListAllAsync());
    }

    [Fact]
    public async Task Replacing_a_person_with_a_stale_etag_is_refused_and_keeps_the_newer_version()
    {
        var created = await _service.CreatePersonAsync(Person("ana"));
        var current = await _service.ReplacePersonAsync("ana", created.Value with { Name = "Ana B." }, created.ETag);

        await Assert.ThrowsAsync<ConcurrencyException>(() => _service.ReplacePersonAsync("ana", created.Value with { Name = "Stale" }, created.ETag));

        Assert.Equal("Ana B.", (await _service.GetPersonAsync("ana")).Value.Name);
        Assert.Equal(current.ETag, (await _service.GetPersonAsync("ana")).ETag);
    }

    [Fact]
    public async Task A_replace_whose_body_names_another_id_is_refused()
    {
        var created = await _service.CreatePersonAsync(Person("ana"));

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => _service.ReplacePersonAsync("ana", Person("bob"), created.ETag));

        Assert.Equal(["id"], error.Errors.Fields);
    }

    [Fact]
    public async Task An_allocation_to_an_unknown_person_or_project_names_the_field()
    {
        await _store.Projects.CreateAsync(Project("P-001"));
        await _service.CreatePersonAsync(Person("ana"));

        var unknownProject = await Assert.ThrowsAsync<DomainValidationException>(() => _service.SetAllocationAsync(new Allocation("ana", "P-404", March, 5)));
        var unknownPerson = await Assert.ThrowsAsync<DomainValidationException>(() => _service.SetAllocationAsync(new Allocation("zed", "P-001", March, 5)));

        Assert.Equal(["projectId"], unknownProject.Errors.Fields);
        Assert.Equal(["personId"], unknownPerson.Errors.Fields);
        Assert.Empty(await _store.Allocations.ListAsync(new AllocationQuery()));
    }

    [Fact]
    public async Task Days_out_of_range_are_refused_and_zero_days_removes_the_allocation()
    {
        await _store.Projects.CreateAsync(Project("P-001"));
        await _service.CreatePersonAsync(Person("ana"));
        await _service.SetAllocationAsync(new Allocation("ana", "P-001", March, 5));

        var tooMany = await Assert.ThrowsAsync<DomainValidationException>(() => _service.SetAllocationAsync(new Allocation("ana", "P-001", March, 32)));
        var negative = await Assert.ThrowsAsync<DomainValidationException>(() => _service.SetAllocationAsync(new Allocation("ana", "P-001", March, -1)));
        var removed = await _service.SetAllocationAsync(new Allocation("ana", "P-001", March, 0));

        Assert.Equal(["days"], tooMany.Errors.Fields);
        Assert.Equal(["days"], negative.Errors.Fields);
        Assert.Null(removed);
        Assert.Empty(await _service.ListAllocationsAsync(new AllocationQuery()));
        await Assert.ThrowsAsync<NotFoundException>(() => _service.DeleteAllocationAsync("ana", "P-001", March));
    }

    [Fact]
    public async Task A_person_with_allocations_is_not_deleted()
    {
        await _store.Projects.CreateAsync(Project("P-001"));
        var ana = await _service.CreatePersonAsync(Person("ana"));
        await _service.SetAllocationAsync(new Allocation("ana", "P-001", March, 5));

        await Assert.ThrowsAsync<StateConflictException>(() => _service.DeletePersonAsync("ana", ana.ETag));
        await _service.DeleteAllocationAsync("ana", "P-001", March);
        await _service.DeletePersonAsync("ana", ana.ETag);

        await Assert.ThrowsAsync<NotFoundException>(() => _service.GetPersonAsync("ana"));
    }

    [Fact]
    public async Task The_view_covers_each_month_of_the_range_and_refuses_more_than_24_months()
    {
        await _service.CreatePersonAsync(Person("ana"));

        var view = await _service.GetViewAsync(March, April, CapacityGrouping.Person);
        var tooLong = await Assert.ThrowsAsync<DomainValidationException>(() => _service.GetViewAsync(March, new YearMonth(2029, 3), CapacityGrouping.Person));
        var backwards = await Assert.ThrowsAsync<DomainValidationException>(() => _service.GetViewAsync(April, March, CapacityGrouping.Person));

        Assert.Equal([March, April], view.Months);
        Assert.Equal([20m, 20m], view.Cells.Select(c => c.Capacity));
        Assert.Equal(["to"], tooLong.Errors.Fields);
        Assert.Equal(["to"], backwards.Errors.Fields);
    }

    [Fact]
    public async Task The_staffing_preview_adds_the_proposal_to_other_projects_and_replaces_the_same_projects_days()
    {
        await _store.Projects.CreateAsync(Project("P-001"));
        await _store.Projects.CreateAsync(Project("P-002"));
        await _service.CreatePersonAsync(Person("ana"));
        await _service.CreatePersonAsync(Person("bob"));
        await _service.SetAllocationAsync(new Allocation("ana", "P-001", March, 12));
        await _service.SetAllocationAsync(new Allocation("ana", "P-002", March, 4));

        var result = await _service.PreviewStaffingAsync(new StaffingProposal([new StaffingLine("ana", March, 10), new StaffingLine("bob", March, 5)], "P-002"));

        // Ana: 12 on P-001 + 10 proposed (her 4 days on P-002 are replaced) = 22 of 20: over-allocated.
        Assert.Equal([("ana", 22m), ("bob", 5m)], result.Loads.Select(l => (l.PersonId, l.Allocated)));
        Assert.Equal("ana", Assert.Single(result.OverAllocated).PersonId);
        var need = Assert.Single(result.Needs);
        Assert.Equal("needs 15 days of Data engineer time in March 2027; 28 are free.", need.Sentence);
        Assert.Empty(await _store.Allocations.ListAsync(new AllocationQuery { PersonId = "bob" }));
    }

    [Fact]
    public async Task A_staffing_line_of_an_unknown_person_or_with_bad_days_names_the_line()
    {
        await _service.CreatePersonAsync(Person("ana"));

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => _service.PreviewStaffingAsync(
            new StaffingProposal([new StaffingLine("ana", March, 5), new StaffingLine("zed", March, 5), new StaffingLine("ana", April, 0)])));
        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => _service.PreviewStaffingAsync(new StaffingProposal([])));

        Assert.Equal(["lines[1].personId", "lines[2].days"], error.Errors.Fields.Order(StringComparer.Ordinal));
        Assert.Equal(["lines"], empty.Errors.Fields);
    }
}
