namespace Pmo.Application.Portfolio;

/// <summary>
/// The shared rules of a project's records (risks, issues, decisions): they belong to an existing project,
/// the body names the project of the URL, and a replace keeps the same id and project.
/// </summary>
internal static class ProjectRecords
{
    public static async Task<Versioned<T>> GetAsync<T>(IDocumentStore<T> records, string kind, string projectId, string id, Func<T, string> projectOf, CancellationToken cancellationToken)
        where T : IAggregate
    {
        var found = await records.FindAsync(id, cancellationToken);

        // A record reached through another project's URL does not exist for this one.
        return found is not null && projectOf(found.Value) == projectId ? found : throw new NotFoundException(kind, id);
    }

    public static async Task<Versioned<T>> CreateAsync<T>(
        IPortfolioStore store, IDocumentStore<T> records, string projectId, T item, Func<T, string> projectOf, Func<T, ValidationErrors> validate, CancellationToken cancellationToken)
        where T : IAggregate
    {
        CheckProject(projectId, item, projectOf);
        validate(item).ThrowIfInvalid();
        _ = await store.Projects.FindAsync(projectId, cancellationToken) ?? throw new NotFoundException(ProjectService.Kind, projectId);
        return await records.CreateAsync(item, cancellationToken);
    }

    public static async Task<Versioned<T>> ReplaceAsync<T>(
        IDocumentStore<T> records, string kind, string projectId, string id, T item, string ifMatch, Func<T, string> projectOf, Func<T, ValidationErrors> validate, CancellationToken cancellationToken)
        where T : IAggregate
    {
        new ValidationErrors().When(item.Id != id, "id", $"must match the id in the URL ('{id}').").ThrowIfInvalid();
        CheckProject(projectId, item, projectOf);
        validate(item).ThrowIfInvalid();
        var current = await GetAsync(records, kind, projectId, id, projectOf, cancellationToken);
        return await records.ReplaceAsync(item, ETags.Check(current.ETag, ifMatch, kind, id), cancellationToken);
    }

    private static void CheckProject<T>(string projectId, T item, Func<T, string> projectOf) =>
        new ValidationErrors()
            .When(projectOf(item) != projectId, "projectId", $"must match the project in the URL ('{projectId}').")
            .ThrowIfInvalid();
}
