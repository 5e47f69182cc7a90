namespace Pmo.Application.Portfolio;

/// <summary>Reads and writes projects: validates, keeps the fields derived from updates, and honours ETags.</summary>
public sealed class ProjectService(IPortfolioStore store)
{
    public const string Kind = "Project";
    public const int MaxPageSize = 200;

    public Task<Page<Project>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        new ValidationErrors()
            .Range(query.PageSize, "pageSize", 1, MaxPageSize)
            .MaxLength(query.Text, "text", 200)
            .MaxLength(query.Portfolio, "portfolio", 200)
            .MaxLength(query.ManagerEmail, "managerEmail", 254)
            .ThrowIfInvalid();
        return store.Projects.ListAsync(query, cancellationToken);
    }

    /// <exception cref="NotFoundException">No such project.</exception>
    public async Task<Versioned<Project>> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.Projects.FindAsync(id, cancellationToken) ?? throw new NotFoundException(Kind, id);

    public async Task<Versioned<Project>> CreateAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);

        // The latest RAG comes from submitted updates, never from the client.
        project = project with { LatestRag = null, LatestUpdateWeek = null };
        Validators.Validate(project).ThrowIfInvalid();
        return await store.Projects.CreateAsync(project, cancellationToken);
    }

    public async Task<Versioned<Project>> ReplaceAsync(string id, Project project, string ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        new ValidationErrors().When(project.Id != id, "id", $"must match the project in the URL ('{id}').").ThrowIfInvalid();
        var current = await GetAsync(id, cancellationToken);
        ifMatch = ETags.Check(current.ETag, ifMatch, Kind, id);

        project = project with { LatestRag = current.Value.LatestRag, LatestUpdateWeek = current.Value.LatestUpdateWeek };
        Validators.Validate(project).ThrowIfInvalid();
        return await store.Projects.ReplaceAsync(project, ifMatch, cancellationToken);
    }

    /// <summary>Applies <paramref name="patch"/> (e.g. a JSON merge patch) to the stored version, then replaces it.</summary>
    public async Task<Versioned<Project>> PatchAsync(string id, Func<Project, Project> patch, string ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var current = await GetAsync(id, cancellationToken);
        ifMatch = ETags.Check(current.ETag, ifMatch, Kind, id);

        return await ReplaceAsync(id, patch(current.Value), ifMatch, cancellationToken);
    }

    /// <summary>Moves the project to <see cref="ProjectPhase.Closed"/>: it is no longer chased nor reported as active.</summary>
    public async Task<Versioned<Project>> CloseAsync(string id, string ifMatch, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(id, cancellationToken);
        ifMatch = ETags.Check(current.ETag, ifMatch, Kind, id);

        if (current.Value.Phase.IsFinished())
        {
            throw new StateConflictException($"Project '{id}' is already {current.Value.Phase}.");
        }

        return await store.Projects.ReplaceAsync(current.Value with { Phase = ProjectPhase.Closed }, ifMatch, cancellationToken);
    }
}
