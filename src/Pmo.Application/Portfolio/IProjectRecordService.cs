namespace Pmo.Application.Portfolio;

/// <summary>What the services of a project's records (risks, issues, decisions) have in common, so one set of routes serves all three.</summary>
public interface IProjectRecordService<T>
    where T : IAggregate
{
    Task<IReadOnlyList<T>> ListAsync(string projectId, CancellationToken cancellationToken = default);

    Task<Versioned<T>> GetAsync(string projectId, string id, CancellationToken cancellationToken = default);

    Task<Versioned<T>> CreateAsync(string projectId, T record, CancellationToken cancellationToken = default);

    Task<Versioned<T>> ReplaceAsync(string projectId, string id, T record, string ifMatch, CancellationToken cancellationToken = default);
}
