namespace Pmo.Application.Ports.Storage;

/// <summary>The people the PMO staffs: point operations (ETag-checked replace and delete) and the whole list.</summary>
public interface IPersonStore : IDocumentStore<Person>
{
    /// <summary>Every person, ordered by id (the capacity view reads them all).</summary>
    Task<IReadOnlyList<Person>> ListAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>Filters of the allocation listing; all optional, combined with AND. Months are inclusive.</summary>
public sealed record AllocationQuery
{
    public string? PersonId { get; init; }
    public string? ProjectId { get; init; }
    public YearMonth? From { get; init; }
    public YearMonth? To { get; init; }
}

/// <summary>
/// Days of a person on a project in a month, one document per (person, project, month). Writing a key is idempotent and
/// the last write of that key wins; writes of different keys never touch each other, so none is lost.
/// </summary>
public interface IAllocationStore
{
    Task<Allocation?> FindAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>Creates or overwrites the key's days; 0 days deletes it. Returns what is stored (null after a delete).</summary>
    Task<Allocation?> SetAsync(Allocation allocation, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key; false when nothing was there.</summary>
    Task<bool> DeleteAsync(string personId, string projectId, YearMonth month, CancellationToken cancellationToken = default);

    /// <summary>The allocations matching <paramref name="query"/>, ordered by person, project, then month.</summary>
    Task<IReadOnlyList<Allocation>> ListAsync(AllocationQuery query, CancellationToken cancellationToken = default);
}

/// <summary>How both stores key an allocation: ids never hold ':', so "person:project:2027-03" is unambiguous.</summary>
public static class AllocationKeys
{
    public static string Of(string personId, string projectId, YearMonth month) => $"{personId}:{projectId}:{month}";

    public static string Of(Allocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        return Of(allocation.PersonId, allocation.ProjectId, allocation.Month);
    }

    /// <summary>Every key of <paramref name="personId"/> starts with this.</summary>
    public static string PersonPrefix(string personId) => personId + ":";

    /// <summary>Sorting the allocations the way the port promises.</summary>
    public static IReadOnlyList<Allocation> Ordered(IEnumerable<Allocation> allocations) =>
        [.. allocations.OrderBy(a => a.PersonId, StringComparer.Ordinal).ThenBy(a => a.ProjectId, StringComparer.Ordinal).ThenBy(a => a.Month)];
}
