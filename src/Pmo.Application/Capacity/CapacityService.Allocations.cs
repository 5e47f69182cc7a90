namespace Pmo.Application.Capacity;

/// <summary>Allocations: set (0 days removes), delete and list, always of an existing person and project.</summary>
public sealed partial class CapacityService
{
    /// <summary>Sets the days of the (person, project, month) key; returns what is stored, null when 0 days removed it.</summary>
    public async Task<Allocation?> SetAllocationAsync(Allocation allocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(allocation);

        // 0 days is how a client removes the key, so the domain's "more than 0" rule only applies to other values.
        var errors = CapacityValidator.Validate(allocation.Days == 0 ? allocation with { Days = 1 } : allocation);
        errors.ThrowIfInvalid();
        if (allocation.Days > 0)
        {
            await RequireReferencesAsync(allocation.PersonId, allocation.ProjectId, cancellationToken);
        }

        return await store.Allocations.SetAsync(allocation, cancellationToken);
    }

    /// <exception cref="NotFoundException">Nothing was allocated on that key.</exception>
    public async Task DeleteAllocationAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default)
    {
        if (!await store.Allocations.DeleteAsync(personId, projectId, month, cancellationToken))
        {
            throw new NotFoundException(AllocationKind, AllocationKeys.Of(personId, projectId, month));
        }
    }

    public Task<IReadOnlyList<Allocation>> ListAllocationsAsync(AllocationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        new ValidationErrors()
            .When(query.From is { } from && query.To is { } to && to < from, "to", "must not be before from.")
            .ThrowIfInvalid();
        return store.Allocations.ListAsync(query, cancellationToken);
    }

    /// <summary>Days go to someone and something that exist: an unknown person or project is a 422 naming the field.</summary>
    private async Task RequireReferencesAsync(string personId, string projectId, CancellationToken cancellationToken)
    {
        var person = await store.People.FindAsync(personId, cancellationToken);
        var project = await store.Projects.FindAsync(projectId, cancellationToken);
        new ValidationErrors()
            .When(person is null, "personId", $"names no person ('{personId}').")
            .When(project is null, "projectId", $"names no project ('{projectId}').")
            .ThrowIfInvalid();
    }
}
