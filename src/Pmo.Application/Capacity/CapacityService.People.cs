namespace Pmo.Application.Capacity;

/// <summary>People: list, read, create, replace and delete (ETag-checked).</summary>
public sealed partial class CapacityService
{
    public Task<IReadOnlyList<Person>> ListPeopleAsync(CancellationToken cancellationToken = default) =>
        store.People.ListAllAsync(cancellationToken);

    /// <exception cref="NotFoundException">No such person.</exception>
    public async Task<Versioned<Person>> GetPersonAsync(string id, CancellationToken cancellationToken = default) =>
        await store.People.FindAsync(id, cancellationToken) ?? throw new NotFoundException(PersonKind, id);

    public Task<Versioned<Person>> CreatePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        CapacityValidator.Validate(person).ThrowIfInvalid();
        return store.People.CreateAsync(person, cancellationToken);
    }

    public async Task<Versioned<Person>> ReplacePersonAsync(string id, Person person, string ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var errors = CapacityValidator.Validate(person);
        errors.When(person.Id != id, "id", $"must match the person in the URL ('{id}').").ThrowIfInvalid();
        var current = await GetPersonAsync(id, cancellationToken);
        return await store.People.ReplaceAsync(person, ETags.Check(current.ETag, ifMatch, PersonKind, id), cancellationToken);
    }

    /// <summary>
    /// Deletes the version <paramref name="ifMatch"/> names. A person who still has allocations is kept (409): their days
    /// would otherwise linger in project totals with nobody behind them.
    /// </summary>
    public async Task DeletePersonAsync(string id, string ifMatch, CancellationToken cancellationToken = default)
    {
        var current = await GetPersonAsync(id, cancellationToken);
        var etag = ETags.Check(current.ETag, ifMatch, PersonKind, id);
        if ((await store.Allocations.ListAsync(new AllocationQuery { PersonId = id }, cancellationToken)).Count > 0)
        {
            throw new StateConflictException($"Person '{id}' still has allocations; set them to 0 days first.");
        }

        if (!await store.People.DeleteAsync(id, etag, cancellationToken))
        {
            throw new NotFoundException(PersonKind, id);
        }
    }
}
