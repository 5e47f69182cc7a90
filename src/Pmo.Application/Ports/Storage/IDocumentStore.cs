namespace Pmo.Application.Ports.Storage;

/// <summary>
/// Point operations every aggregate supports. Writes are all-or-nothing; a replace or delete with a stale ETag
/// throws <see cref="Pmo.Domain.Validation.ConcurrencyException"/> and changes nothing.
/// </summary>
public interface IDocumentStore<T> where T : IAggregate
{
    Task<Versioned<T>?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="Pmo.Domain.Validation.AlreadyExistsException"/> when the id is taken.</summary>
    Task<Versioned<T>> CreateAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="Pmo.Domain.Validation.NotFoundException"/> or <see cref="Pmo.Domain.Validation.ConcurrencyException"/>.</summary>
    Task<Versioned<T>> ReplaceAsync(T item, string ifMatch, CancellationToken cancellationToken = default);

    /// <summary>Creates or overwrites without a concurrency check: for idempotent writes keyed by a deterministic id.</summary>
    Task<Versioned<T>> UpsertAsync(T item, CancellationToken cancellationToken = default);

    /// <summary>Deletes; with <paramref name="ifMatch"/> only that version. Returns false when nothing was there.</summary>
    Task<bool> DeleteAsync(string id, string? ifMatch = null, CancellationToken cancellationToken = default);
}
